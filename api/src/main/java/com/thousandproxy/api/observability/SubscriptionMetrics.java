package com.thousandproxy.api.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Subscription feed hits by format: {@code subscription.feed.requests} (Prometheus {@code
 * subscription_feed_requests_total}) tagged {@code format} (e.g. {@code base64}, {@code clash},
 * {@code singbox}, {@code html}) and {@code outcome} ({@code served}, {@code not_found}, ...).
 */
public final class SubscriptionMetrics {

  public static final String FEED_REQUESTS = "subscription.feed.requests";

  private final MeterRegistry registry;

  public SubscriptionMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void feedServed(String format) {
    feedRequest(format, "served");
  }

  public void feedRequest(String format, String outcome) {
    Counter.builder(FEED_REQUESTS)
        .description("Subscription feed requests")
        .tag("format", MeterTags.value(format))
        .tag("outcome", MeterTags.value(outcome))
        .register(registry)
        .increment();
  }
}
