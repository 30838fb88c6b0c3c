package com.thousandproxy.domain.ordering;

/**
 * An order was asked for something its two lifecycles together forbid, though each move alone would
 * be legal: paying a closed order, or dropping an order that holds money.
 */
public final class OrderStateException extends RuntimeException {

  /** Which rule refused it. */
  public enum Rule {
    /** The order no longer waits for money, so it takes no payment event. */
    ORDER_CLOSED,
    /** Money was received; it has to go back before the order is cancelled or expires. */
    MONEY_HELD
  }

  private final OrderId orderId;
  private final OrderStatus status;
  private final PaymentStatus paymentStatus;
  private final Rule rule;

  public OrderStateException(Order order, Rule rule) {
    super(
        "order "
            + order.id().value()
            + " is "
            + order.status()
            + " with payment "
            + order.paymentStatus()
            + ": "
            + rule);
    this.orderId = order.id();
    this.status = order.status();
    this.paymentStatus = order.paymentStatus();
    this.rule = rule;
  }

  public OrderId orderId() {
    return orderId;
  }

  public OrderStatus status() {
    return status;
  }

  public PaymentStatus paymentStatus() {
    return paymentStatus;
  }

  public Rule rule() {
    return rule;
  }
}
