package com.thousandproxy.domain.ordering;

import com.thousandproxy.domain.shared.Ids;

/** Identifies one line of an order. */
public record OrderItemId(long value) {

  public OrderItemId {
    Ids.requirePositive(value, "OrderItemId");
  }
}
