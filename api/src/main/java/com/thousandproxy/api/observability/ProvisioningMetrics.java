package com.thousandproxy.api.observability;

import com.thousandproxy.application.provisioning.port.out.DeliveryTimings;
import com.thousandproxy.domain.ordering.OrderId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a paid order waits for working clients: {@code provisioning.latency} (Prometheus {@code
 * provisioning_latency_seconds_bucket/_count/_sum}), a histogram from the moment the order was paid
 * to the moment its clients were ACTIVE, so p50/p99 can be computed across instances. It is the
 * {@link DeliveryTimings} provisioning reports delivered purchases to.
 */
public final class ProvisioningMetrics implements DeliveryTimings {

  public static final String LATENCY = "provisioning.latency";

  private final Timer latency;

  public ProvisioningMetrics(MeterRegistry registry) {
    this.latency =
        Timer.builder(LATENCY)
            .description("From payment to ACTIVE clients")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(100))
            .maximumExpectedValue(Duration.ofHours(1))
            .serviceLevelObjectives(
                Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5))
            .register(registry);
  }

  public void paidToActive(Duration duration) {
    if (!duration.isNegative()) {
      latency.record(duration);
    }
  }

  public void paidToActive(Instant paidAt, Instant activeAt) {
    paidToActive(Duration.between(paidAt, activeAt));
  }

  @Override
  public void purchaseDelivered(OrderId order, Instant paidAt, Instant activeAt) {
    paidToActive(paidAt, activeAt);
  }
}
