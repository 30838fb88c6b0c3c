package com.thousandproxy.domain.ordering;

import com.thousandproxy.domain.shared.State;
import java.util.EnumSet;
import java.util.Set;

/** Where an order is between being placed and its clients being delivered. */
public enum OrderStatus implements State<OrderStatus> {
  PENDING,
  PAID,
  PROVISIONING,
  COMPLETED,
  CANCELLED,
  /** Unpaid for too long. */
  EXPIRED,
  /**
   * Its gateway payment failed (nothing was received), or provisioning gave up and the money went
   * back to the wallet; the payment status tells which.
   */
  FAILED,
  REFUNDED;

  @Override
  public Set<OrderStatus> successors() {
    return switch (this) {
      case PENDING -> EnumSet.of(PAID, CANCELLED, EXPIRED, FAILED);
      case PAID -> EnumSet.of(PROVISIONING, FAILED, REFUNDED);
      case PROVISIONING -> EnumSet.of(COMPLETED, FAILED);
      case COMPLETED -> EnumSet.of(REFUNDED);
      case CANCELLED, EXPIRED, FAILED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
    };
  }
}
