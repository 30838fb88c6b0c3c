package com.thousandproxy.domain.ordering;

import com.thousandproxy.domain.shared.State;
import java.util.EnumSet;
import java.util.Set;

/**
 * How far the money for an order has come; it only moves forward, so a late or repeated gateway
 * event can never undo a later one.
 */
public enum PaymentStatus implements State<PaymentStatus> {
  /** No payment started yet. */
  UNPAID,
  /** A gateway payment was created and waits for the customer. */
  PENDING,
  /** Less than asked arrived: the order is not delivered on it. */
  PARTIALLY_PAID,
  PAID,
  FAILED,
  EXPIRED,
  /** The money received went back, to the wallet or the payer. */
  REFUNDED;

  @Override
  public Set<PaymentStatus> successors() {
    return switch (this) {
      case UNPAID -> EnumSet.of(PENDING, PAID, EXPIRED);
      case PENDING -> EnumSet.of(PARTIALLY_PAID, PAID, FAILED, EXPIRED);
      case PARTIALLY_PAID -> EnumSet.of(PAID, REFUNDED);
      case PAID -> EnumSet.of(REFUNDED);
      case FAILED, EXPIRED, REFUNDED -> EnumSet.noneOf(PaymentStatus.class);
    };
  }

  /** Whether we hold money for the order, which must go somewhere before it can be closed. */
  public boolean holdsMoney() {
    return this == PARTIALLY_PAID || this == PAID;
  }
}
