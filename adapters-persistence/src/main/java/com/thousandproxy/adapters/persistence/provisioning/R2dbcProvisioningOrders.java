package com.thousandproxy.adapters.persistence.provisioning;

import com.thousandproxy.application.provisioning.OrderKind;
import com.thousandproxy.application.provisioning.PaidOrder;
import com.thousandproxy.application.provisioning.PurchasedLine;
import com.thousandproxy.application.provisioning.port.out.ProvisioningOrders;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderItemId;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.user.UserId;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The orders table as provisioning uses it: an order with its items and their plans in two queries,
 * and status moves as conditional updates (the row's status in the WHERE clause).
 */
public final class R2dbcProvisioningOrders implements ProvisioningOrders {

  private static final String ORDER =
      "SELECT id, user_id, kind, renews_server_client_id, status, grand_amount, currency,"
          + " paid_at FROM orders WHERE id = :id";
  private static final String LINES =
      "SELECT i.id, i.server_plan_id, i.quantity, i.unit_amount, i.currency, i.duration_days,"
          + " p.max_connections, p.bandwidth_limit_gb, p.protocol"
          + " FROM order_items i JOIN server_plans p ON p.id = i.server_plan_id"
          + " WHERE i.order_id = :id ORDER BY i.id";

  private final DatabaseClient db;

  public R2dbcProvisioningOrders(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<PaidOrder> find(OrderId id) {
    Mono<List<PurchasedLine>> lines =
        db.sql(LINES).bind("id", id.value()).map(R2dbcProvisioningOrders::line).all().collectList();
    return db.sql(ORDER)
        .bind("id", id.value())
        .map(R2dbcProvisioningOrders::header)
        .one()
        .zipWith(lines, (header, items) -> header.with(items));
  }

  @Override
  public Mono<Boolean> markProvisioning(OrderId id, Instant at) {
    return move(id, "'PAID'", "status = 'PROVISIONING'", at);
  }

  @Override
  public Mono<Boolean> markCompleted(OrderId id, Instant at) {
    return move(id, "'PROVISIONING'", "status = 'COMPLETED', completed_at = :at", at);
  }

  @Override
  public Mono<Boolean> markFailed(OrderId id, String reason, Instant at) {
    return db.sql(
            "UPDATE orders SET status = 'FAILED', payment_status = 'REFUNDED',"
                + " failure_reason = :reason, version = version + 1, updated_at = :at"
                + " WHERE id = :id AND status IN ('PAID', 'PROVISIONING')")
        .bind("reason", reason.length() > 1000 ? reason.substring(0, 1000) : reason)
        .bind("at", Utc.of(at))
        .bind("id", id.value())
        .fetch()
        .rowsUpdated()
        .map(rows -> rows > 0);
  }

  private Mono<Boolean> move(OrderId id, String from, String set, Instant at) {
    return db.sql(
            "UPDATE orders SET "
                + set
                + ", version = version + 1, updated_at = :at WHERE id = :id AND status = "
                + from)
        .bind("at", Utc.of(at))
        .bind("id", id.value())
        .fetch()
        .rowsUpdated()
        .map(rows -> rows > 0);
  }

  private static Header header(Readable row) {
    Long renews = row.get("renews_server_client_id", Long.class);
    Currency currency = Currency.getInstance(row.get("currency", String.class));
    return new Header(
        new OrderId(row.get("id", Long.class)),
        new UserId(row.get("user_id", Long.class)),
        OrderKind.valueOf(row.get("kind", String.class)),
        OrderStatus.valueOf(row.get("status", String.class)),
        new Money(row.get("grand_amount", BigDecimal.class), currency),
        renews == null ? null : new ServerClientId(renews),
        Utc.read(row, "paid_at"));
  }

  private static PurchasedLine line(Readable row) {
    Integer limit = row.get("bandwidth_limit_gb", Integer.class);
    return new PurchasedLine(
        new OrderItemId(row.get("id", Long.class)),
        new PlanId(row.get("server_plan_id", Long.class)),
        row.get("quantity", Integer.class),
        new Money(
            row.get("unit_amount", BigDecimal.class),
            Currency.getInstance(row.get("currency", String.class))),
        row.get("duration_days", Integer.class),
        row.get("max_connections", Integer.class),
        BandwidthLimit.ofNullableGigabytes(limit == null ? null : limit.longValue()),
        Protocol.fromWireName(row.get("protocol", String.class)).orElseThrow());
  }

  private record Header(
      OrderId id,
      UserId userId,
      OrderKind kind,
      OrderStatus status,
      Money grandAmount,
      ServerClientId renews,
      Instant paidAt) {

    PaidOrder with(List<PurchasedLine> lines) {
      return new PaidOrder(
          id,
          userId,
          kind,
          status,
          grandAmount,
          kind == OrderKind.RENEWAL ? renews : null,
          lines,
          paidAt);
    }
  }
}
