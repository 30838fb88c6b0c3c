package com.thousandproxy.adapters.persistence.ordering;

import static com.thousandproxy.adapters.persistence.transaction.SqlParams.bind;

import com.thousandproxy.adapters.persistence.ordering.OrderRows.InvoiceRow;
import com.thousandproxy.adapters.persistence.ordering.OrderRows.ItemRow;
import com.thousandproxy.adapters.persistence.ordering.OrderRows.OrderRow;
import com.thousandproxy.application.ordering.Invoice;
import com.thousandproxy.application.ordering.OrderDetails;
import com.thousandproxy.application.ordering.OrderedPlan;
import com.thousandproxy.application.ordering.PaymentMethod;
import com.thousandproxy.application.ordering.port.out.OrderRepository;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.ordering.Order;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderItem;
import com.thousandproxy.domain.ordering.OrderItemId;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link OrderRepository} on {@code orders}, {@code order_items} and {@code invoices}. Ids come
 * from sequences; a transition is {@code UPDATE ... WHERE status = :old AND payment_status = :old},
 * so of two concurrent moves from one state only the first wins.
 */
public final class R2dbcOrderRepository implements OrderRepository {

  private final DatabaseClient db;
  private final OrderWriter writer;

  public R2dbcOrderRepository(DatabaseClient db) {
    this.db = db;
    this.writer = new OrderWriter(db);
  }

  @Override
  public Mono<OrderId> nextOrderId() {
    return next("orders_seq").map(OrderId::new);
  }

  @Override
  public Mono<List<OrderItemId>> nextItemIds(int count) {
    return Flux.range(0, count)
        .concatMap(i -> next("order_items_seq"))
        .map(OrderItemId::new)
        .collectList();
  }

  private Mono<Long> next(String sequence) {
    return db.sql("SELECT NEXT VALUE FOR " + sequence + " AS id")
        .map(row -> row.get("id", Long.class))
        .one();
  }

  @Override
  public Mono<OrderDetails> insert(
      Order order, PaymentMethod method, Map<PlanId, OrderedPlan> plans, Instant at) {
    return writer.insert(order, method, plans, at).then(find(order.id()));
  }

  @Override
  public Mono<Void> markRenewal(OrderId id, ServerClientId client) {
    return db.sql(
            "UPDATE orders SET kind = 'RENEWAL', renews_server_client_id = :client WHERE id = :id")
        .bind("client", client.value())
        .bind("id", id.value())
        .then();
  }

  @Override
  public Mono<Boolean> transition(Order before, Order after, Instant at) {
    return writer.transition(before, after, at);
  }

  @Override
  public Mono<OrderDetails> find(OrderId id) {
    return db.sql("SELECT * FROM orders WHERE id = :id")
        .bind("id", id.value())
        .map(OrderRows::order)
        .all()
        .collectList()
        .flatMap(this::assemble)
        .flatMap(list -> Mono.justOrEmpty(list.stream().findFirst()));
  }

  @Override
  public Mono<Page<OrderDetails>> findByUser(UserId userId, PageRequest page) {
    return page("user_id = :user", Map.of("user", userId.value()), page);
  }

  @Override
  public Mono<Page<OrderDetails>> findAll(OrderStatus status, PageRequest page) {
    return status == null
        ? page("1 = 1", Map.of(), page)
        : page("status = :status", Map.of("status", status.name()), page);
  }

  @Override
  public Flux<Order> pendingPlacedBefore(Instant placedBefore, int limit) {
    GenericExecuteSpec spec =
        db.sql(
                "SELECT * FROM orders WHERE status = 'PENDING' AND created_at < :before"
                    + " ORDER BY created_at LIMIT :limit")
            .bind("limit", limit);
    return bind(spec, "before", placedBefore, Instant.class)
        .map(OrderRows::order)
        .all()
        .collectList()
        .flatMap(this::assemble)
        .flatMapIterable(list -> list)
        .map(OrderDetails::order);
  }

  private Mono<Page<OrderDetails>> page(String where, Map<String, Object> binds, PageRequest page) {
    GenericExecuteSpec count = db.sql("SELECT COUNT(*) AS n FROM orders WHERE " + where);
    GenericExecuteSpec rows =
        db.sql(
                "SELECT * FROM orders WHERE "
                    + where
                    + " ORDER BY created_at DESC, id DESC LIMIT :size OFFSET :offset")
            .bind("size", page.size())
            .bind("offset", page.offset());
    for (var bind : binds.entrySet()) {
      count = count.bind(bind.getKey(), bind.getValue());
      rows = rows.bind(bind.getKey(), bind.getValue());
    }
    Mono<Long> total = count.map(row -> row.get("n", Long.class)).one();
    Mono<List<OrderDetails>> items =
        rows.map(OrderRows::order).all().collectList().flatMap(this::assemble);
    return Mono.zip(items, total, (list, n) -> new Page<>(list, page.page(), page.size(), n));
  }

  /** Adds the items and invoices of a batch of orders with one query each, keeping the order. */
  private Mono<List<OrderDetails>> assemble(List<OrderRow> orders) {
    if (orders.isEmpty()) {
      return Mono.just(List.of());
    }
    List<Long> ids = orders.stream().map(OrderRow::id).toList();
    Mono<Map<Long, List<OrderItem>>> items =
        db.sql("SELECT * FROM order_items WHERE order_id IN (:ids) ORDER BY id")
            .bind("ids", ids)
            .map(OrderRows::item)
            .all()
            .collect(
                Collectors.groupingBy(
                    ItemRow::orderId, Collectors.mapping(ItemRow::item, Collectors.toList())));
    Mono<Map<Long, Invoice>> invoices =
        db.sql("SELECT * FROM invoices WHERE order_id IN (:ids)")
            .bind("ids", ids)
            .map(OrderRows::invoice)
            .all()
            .collectMap(InvoiceRow::orderId, InvoiceRow::invoice);
    return Mono.zip(items, invoices)
        .map(
            both ->
                orders.stream()
                    .map(
                        row ->
                            OrderRows.details(
                                row,
                                both.getT1().getOrDefault(row.id(), List.of()),
                                both.getT2().get(row.id())))
                    .toList());
  }
}
