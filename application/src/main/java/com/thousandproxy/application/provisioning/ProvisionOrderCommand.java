package com.thousandproxy.application.provisioning;

import com.thousandproxy.domain.ordering.OrderId;
import java.util.Objects;

/**
 * Deliver a paid order. {@code lastAttempt}: no try follows this one, so a failure that would
 * otherwise be retried ends the order (FAILED, refunded) instead.
 */
public record ProvisionOrderCommand(OrderId orderId, boolean lastAttempt) {

  public ProvisionOrderCommand {
    Objects.requireNonNull(orderId, "orderId");
  }
}
