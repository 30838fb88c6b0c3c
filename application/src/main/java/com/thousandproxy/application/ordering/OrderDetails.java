package com.thousandproxy.application.ordering;

import com.thousandproxy.domain.ordering.Order;
import java.util.Objects;

/**
 * An order as its owner sees it: the aggregate, how it is paid, and its invoice (null only for
 * orders placed before invoices existed).
 */
public record OrderDetails(Order order, PaymentMethod method, Invoice invoice) {

  public OrderDetails {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(method, "method");
  }
}
