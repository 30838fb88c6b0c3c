package com.thousandproxy.api.ordering;

import com.thousandproxy.api.web.MoneyResponse;
import com.thousandproxy.application.ordering.Invoice;
import com.thousandproxy.application.ordering.OrderDetails;
import com.thousandproxy.domain.ordering.Order;
import com.thousandproxy.domain.ordering.OrderItem;
import java.time.Instant;
import java.util.List;

/**
 * An order on the wire. {@code clients} lists the delivered server clients (filled by provisioning;
 * empty until then).
 */
public record OrderResponse(
    long id,
    String status,
    String paymentStatus,
    String paymentMethod,
    List<Item> items,
    MoneyResponse totalAmount,
    MoneyResponse grandAmount,
    String currency,
    InvoiceResponse invoice,
    Instant createdAt,
    List<Object> clients) {

  /** One line with its price snapshot. */
  public record Item(
      long id,
      long serverPlanId,
      int quantity,
      MoneyResponse unitAmount,
      MoneyResponse totalAmount) {

    static Item from(OrderItem item) {
      return new Item(
          item.id().value(),
          item.planId().value(),
          item.quantity(),
          MoneyResponse.from(item.unitAmount()),
          MoneyResponse.from(item.totalAmount()));
    }
  }

  /** The order's invoice, numbered without gaps. */
  public record InvoiceResponse(
      String number, String status, MoneyResponse amount, Instant issuedAt, Instant paidAt) {

    static InvoiceResponse from(Invoice invoice) {
      return invoice == null
          ? null
          : new InvoiceResponse(
              invoice.number(),
              invoice.status().name(),
              MoneyResponse.from(invoice.amount()),
              invoice.issuedAt(),
              invoice.paidAt());
    }
  }

  public static OrderResponse from(OrderDetails details) {
    Order order = details.order();
    return new OrderResponse(
        order.id().value(),
        order.status().name(),
        order.paymentStatus().name(),
        details.method().wireName(),
        order.items().stream().map(Item::from).toList(),
        MoneyResponse.from(order.totalAmount()),
        MoneyResponse.from(order.grandAmount()),
        order.currency().getCurrencyCode(),
        InvoiceResponse.from(details.invoice()),
        order.createdAt(),
        List.of());
  }
}
