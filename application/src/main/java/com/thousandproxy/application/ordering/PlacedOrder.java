package com.thousandproxy.application.ordering;

import com.thousandproxy.application.payment.Payment;
import java.util.Objects;

/** What placing an order gives: the order and the payment that pays it. */
public record PlacedOrder(OrderDetails order, Payment payment) {

  public PlacedOrder {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(payment, "payment");
  }
}
