package com.thousandproxy.api.ordering;

import java.util.List;

/** {@code POST /orders}: what to buy and how to pay ({@code wallet} or {@code nowpayments}). */
public record PlaceOrderRequest(List<Item> items, String paymentMethod, String payCurrency) {

  /** One line: a plan and a quantity (1 to 100). */
  public record Item(Long serverPlanId, Integer quantity) {}
}
