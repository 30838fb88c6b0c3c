package com.thousandproxy.api.ordering;

import com.thousandproxy.api.payment.PaymentResponse;
import com.thousandproxy.application.ordering.PlacedOrder;

/** {@code POST /orders} answers the order and the payment that pays it. */
public record PlacedOrderResponse(OrderResponse order, PaymentResponse payment) {

  public static PlacedOrderResponse from(PlacedOrder placed) {
    return new PlacedOrderResponse(
        OrderResponse.from(placed.order()), PaymentResponse.from(placed.payment()));
  }
}
