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
  /** Provisioning gave up; the money went back to the wallet. */
  FAILED,
  REFUNDED;

  @Override
  public Set<OrderStatus> successors() {
    return switch (this) {
      case PENDING -> EnumSet.of(PAID, CANCELLED, EXPIRED);
      case PAID -> EnumSet.of(PROVISIONING, FAILED, REFUNDED);
      case PROVISIONING -> EnumSet.of(COMPLETED, FAILED);
      case COMPLETED -> EnumSet.of(REFUNDED);
      case CANCELLED, EXPIRED, FAILED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
    };
  }
}
