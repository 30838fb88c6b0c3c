package com.thousandproxy.domain.ordering;

import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.shared.TestClocks;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** Builds valid orders, by default one unpaid line of plan 1 at 9.99 USD. */
public final class OrderTestData {

  private List<OrderItem> items;
  private int quantity = 1;
  private OrderStatus status = OrderStatus.PENDING;
  private PaymentStatus paymentStatus = PaymentStatus.UNPAID;
  private Instant createdAt = TestClocks.NOW;

  private OrderTestData() {}

  public static OrderTestData anOrder() {
    return new OrderTestData();
  }

  public static OrderItem anItem(long id, String unitAmount, String currency, int quantity) {
    return new OrderItem(
        new OrderItemId(id), new PlanId(1), quantity, Money.of(unitAmount, currency));
  }

  public OrderTestData withQuantity(int newQuantity) {
    quantity = newQuantity;
    return this;
  }

  public OrderTestData withItems(OrderItem... newItems) {
    items = List.of(newItems);
    return this;
  }

  public OrderTestData in(OrderStatus newStatus, PaymentStatus newPaymentStatus) {
    status = newStatus;
    paymentStatus = newPaymentStatus;
    return this;
  }

  public OrderTestData createdAt(Instant instant) {
    createdAt = instant;
    return this;
  }

  public Order build() {
    List<OrderItem> lines = items != null ? items : List.of(anItem(1, "9.99", "USD", quantity));
    return new Order(new OrderId(1), new UserId(1), lines, status, paymentStatus, createdAt);
  }
}
