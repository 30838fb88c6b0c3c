package com.thousandproxy.application.ordering;

import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.ordering.PaymentStatus;

/** Only an unpaid order can be cancelled; this one is paid, closed, or holds money. */
public final class OrderNotCancellableException extends RuntimeException {

  private final OrderStatus status;
  private final PaymentStatus paymentStatus;

  public OrderNotCancellableException(OrderStatus status, PaymentStatus paymentStatus) {
    super("an order " + status + " with payment " + paymentStatus + " cannot be cancelled");
    this.status = status;
    this.paymentStatus = paymentStatus;
  }

  public OrderStatus status() {
    return status;
  }

  public PaymentStatus paymentStatus() {
    return paymentStatus;
  }
}
