package com.thousandproxy.application.provisioning;

import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderItemId;
import java.time.Duration;
import java.util.Objects;

/**
 * One order item with what provisioning needs of its plan: the duration copied at order time, and
 * the plan's connection limit, traffic limit and protocol.
 */
public record PurchasedLine(
    OrderItemId itemId,
    PlanId planId,
    int quantity,
    Money unitAmount,
    int durationDays,
    int maxConnections,
    BandwidthLimit trafficLimit,
    Protocol protocol) {

  public PurchasedLine {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(unitAmount, "unitAmount");
    Objects.requireNonNull(trafficLimit, "trafficLimit");
    Objects.requireNonNull(protocol, "protocol");
    if (quantity < 1 || durationDays < 1 || maxConnections < 1) {
      throw new IllegalArgumentException("quantity, duration and connections must be positive");
    }
  }

  public Duration duration() {
    return Duration.ofDays(durationDays);
  }
}
