package com.thousandproxy.adapters.persistence.ordering;

import static com.thousandproxy.adapters.persistence.transaction.SqlParams.instant;

import com.thousandproxy.application.ordering.Invoice;
import com.thousandproxy.application.ordering.InvoiceStatus;
import com.thousandproxy.application.ordering.OrderDetails;
import com.thousandproxy.application.ordering.PaymentMethod;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.Order;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderItem;
import com.thousandproxy.domain.ordering.OrderItemId;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.ordering.PaymentStatus;
import com.thousandproxy.domain.user.UserId;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** The rows of {@code orders}, {@code order_items} and {@code invoices}, and their assembly. */
final class OrderRows {

  private OrderRows() {}

  record OrderRow(
      long id,
      long userId,
      OrderStatus status,
      PaymentStatus paymentStatus,
      PaymentMethod method,
      Instant createdAt) {}

  record ItemRow(long orderId, OrderItem item) {}

  record InvoiceRow(long orderId, Invoice invoice) {}

  static OrderRow order(Readable row) {
    return new OrderRow(
        row.get("id", Long.class),
        row.get("user_id", Long.class),
        OrderStatus.valueOf(row.get("status", String.class)),
        PaymentStatus.valueOf(row.get("payment_status", String.class)),
        PaymentMethod.valueOf(row.get("payment_method", String.class)),
        instant(row, "created_at"));
  }

  static ItemRow item(Readable row) {
    return new ItemRow(
        row.get("order_id", Long.class),
        new OrderItem(
            new OrderItemId(row.get("id", Long.class)),
            new PlanId(row.get("server_plan_id", Long.class)),
            row.get("quantity", Integer.class),
            money(row, "unit_amount")));
  }

  static InvoiceRow invoice(Readable row) {
    return new InvoiceRow(
        row.get("order_id", Long.class),
        new Invoice(
            row.get("number", String.class),
            InvoiceStatus.valueOf(row.get("status", String.class)),
            money(row, "amount"),
            instant(row, "issued_at"),
            instant(row, "paid_at")));
  }

  static OrderDetails details(OrderRow row, List<OrderItem> items, Invoice invoice) {
    Order order =
        new Order(
            new OrderId(row.id()),
            new UserId(row.userId()),
            items,
            row.status(),
            row.paymentStatus(),
            row.createdAt());
    return new OrderDetails(order, row.method(), invoice);
  }

  private static Money money(Readable row, String column) {
    return new Money(
        row.get(column, BigDecimal.class),
        Currency.getInstance(row.get("currency", String.class).trim()));
  }
}
