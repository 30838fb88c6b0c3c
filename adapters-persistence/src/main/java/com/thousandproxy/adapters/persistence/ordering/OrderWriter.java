package com.thousandproxy.adapters.persistence.ordering;

import static com.thousandproxy.adapters.persistence.transaction.SqlParams.bind;

import com.thousandproxy.application.ordering.Invoice;
import com.thousandproxy.application.ordering.InvoiceStatus;
import com.thousandproxy.application.ordering.OrderedPlan;
import com.thousandproxy.application.ordering.PaymentMethod;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.ordering.Order;
import com.thousandproxy.domain.ordering.OrderItem;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.ordering.PaymentStatus;
import java.time.Instant;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The writes of {@link R2dbcOrderRepository}: new orders with items and invoice, transitions. */
final class OrderWriter {

  private final DatabaseClient db;

  OrderWriter(DatabaseClient db) {
    this.db = db;
  }

  Mono<Void> insert(Order order, PaymentMethod method, Map<PlanId, OrderedPlan> plans, Instant at) {
    boolean paid = order.paymentStatus() == PaymentStatus.PAID;
    GenericExecuteSpec spec =
        db.sql(
                "INSERT INTO orders (id, user_id, kind, status, payment_status, payment_method,"
                    + " total_amount, grand_amount, currency, paid_at, version, created_at,"
                    + " updated_at) VALUES (:id, :user, 'PURCHASE', :status, :paymentStatus,"
                    + " :method, :total, :grand, :currency, :paidAt, 0, :created, :at)")
            .bind("id", order.id().value())
            .bind("user", order.userId().value())
            .bind("status", order.status().name())
            .bind("paymentStatus", order.paymentStatus().name())
            .bind("method", method.name())
            .bind("total", order.totalAmount().amount())
            .bind("grand", order.grandAmount().amount())
            .bind("currency", order.currency().getCurrencyCode());
    spec = bind(spec, "paidAt", paid ? at : null, Instant.class);
    spec = bind(spec, "created", order.createdAt(), Instant.class);
    spec = bind(spec, "at", at, Instant.class);
    return spec.then()
        .thenMany(Flux.fromIterable(order.items()))
        .concatMap(item -> insertItem(order, item, plans.get(item.planId()), at))
        .then(issueInvoice(order, paid, at));
  }

  private Mono<Void> insertItem(Order order, OrderItem item, OrderedPlan plan, Instant at) {
    GenericExecuteSpec spec =
        db.sql(
                "INSERT INTO order_items (id, order_id, server_plan_id, plan_name, duration_days,"
                    + " quantity, unit_amount, total_amount, currency, created_at) VALUES (:id,"
                    + " :order, :plan, :name, :days, :quantity, :unit, :total, :currency, :at)")
            .bind("id", item.id().value())
            .bind("order", order.id().value())
            .bind("plan", item.planId().value())
            .bind("name", plan.name())
            .bind("days", plan.durationDays())
            .bind("quantity", item.quantity())
            .bind("unit", item.unitAmount().amount())
            .bind("total", item.totalAmount().amount())
            .bind("currency", item.unitAmount().currency().getCurrencyCode());
    return bind(spec, "at", at, Instant.class).then();
  }

  /** Takes the next invoice number from the locked counter row: no gaps, no duplicates. */
  private Mono<Void> issueInvoice(Order order, boolean paid, Instant at) {
    return db.sql("UPDATE document_counters SET next_value = next_value + 1 WHERE name = 'invoice'")
        .then()
        .then(
            db.sql("SELECT next_value - 1 AS n FROM document_counters WHERE name = 'invoice'")
                .map(row -> row.get("n", Long.class))
                .one())
        .flatMap(
            number -> {
              GenericExecuteSpec spec =
                  db.sql(
                          "INSERT INTO invoices (number, user_id, order_id, status, amount,"
                              + " currency, issued_at, paid_at, created_at) VALUES (:number,"
                              + " :user, :order, :status, :amount, :currency, :at, :paidAt,"
                              + " :at)")
                      .bind("number", Invoice.number(number))
                      .bind("user", order.userId().value())
                      .bind("order", order.id().value())
                      .bind("status", (paid ? InvoiceStatus.PAID : InvoiceStatus.ISSUED).name())
                      .bind("amount", order.grandAmount().amount())
                      .bind("currency", order.currency().getCurrencyCode());
              spec = bind(spec, "at", at, Instant.class);
              spec = bind(spec, "paidAt", paid ? at : null, Instant.class);
              return spec.then();
            });
  }

  Mono<Boolean> transition(Order before, Order after, Instant at) {
    boolean nowPaid =
        after.paymentStatus() == PaymentStatus.PAID && before.paymentStatus() != PaymentStatus.PAID;
    boolean closedUnpaid =
        after.status() == OrderStatus.CANCELLED || after.status() == OrderStatus.EXPIRED;
    GenericExecuteSpec spec =
        db.sql(
                "UPDATE orders SET status = :status, payment_status = :paymentStatus,"
                    + " paid_at = COALESCE(paid_at, :paidAt),"
                    + " cancelled_at = COALESCE(cancelled_at, :cancelledAt),"
                    + " version = version + 1, updated_at = :at"
                    + " WHERE id = :id AND status = :oldStatus"
                    + " AND payment_status = :oldPaymentStatus")
            .bind("id", before.id().value())
            .bind("status", after.status().name())
            .bind("paymentStatus", after.paymentStatus().name())
            .bind("oldStatus", before.status().name())
            .bind("oldPaymentStatus", before.paymentStatus().name());
    spec = bind(spec, "paidAt", nowPaid ? at : null, Instant.class);
    spec =
        bind(
            spec,
            "cancelledAt",
            after.status() == OrderStatus.CANCELLED ? at : null,
            Instant.class);
    spec = bind(spec, "at", at, Instant.class);
    return spec.fetch()
        .rowsUpdated()
        .flatMap(
            updated -> {
              if (updated != 1) {
                return Mono.just(false);
              }
              if (nowPaid) {
                return invoice(before, InvoiceStatus.PAID, at).thenReturn(true);
              }
              return closedUnpaid
                  ? invoice(before, InvoiceStatus.VOID, null).thenReturn(true)
                  : Mono.just(true);
            });
  }

  private Mono<Void> invoice(Order order, InvoiceStatus status, Instant paidAt) {
    GenericExecuteSpec spec =
        db.sql(
                "UPDATE invoices SET status = :status, paid_at = COALESCE(:paidAt, paid_at)"
                    + " WHERE order_id = :order AND status = 'ISSUED'")
            .bind("status", status.name())
            .bind("order", order.id().value());
    return bind(spec, "paidAt", paidAt, Instant.class).then();
  }
}
