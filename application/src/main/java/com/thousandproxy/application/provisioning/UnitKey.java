package com.thousandproxy.application.provisioning;

import com.thousandproxy.domain.ordering.OrderItemId;
import java.util.Objects;

/** One purchased unit: the n-th (from 0) of an order item's quantity. */
public record UnitKey(OrderItemId itemId, int unitIndex) {

  public UnitKey {
    Objects.requireNonNull(itemId, "itemId");
    if (unitIndex < 0) {
      throw new IllegalArgumentException("unitIndex must not be negative");
    }
  }
}
