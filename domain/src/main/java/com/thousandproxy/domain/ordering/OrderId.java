package com.thousandproxy.domain.ordering;

import com.thousandproxy.domain.shared.Ids;

/** Identifies an order. */
public record OrderId(long value) {

  public OrderId {
    Ids.requirePositive(value, "OrderId");
  }
}
