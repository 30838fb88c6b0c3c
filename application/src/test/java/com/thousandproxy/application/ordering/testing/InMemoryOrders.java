package com.thousandproxy.application.ordering.testing;

import com.thousandproxy.application.ordering.Invoice;
import com.thousandproxy.application.ordering.InvoiceStatus;
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
import com.thousandproxy.domain.ordering.OrderItemId;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.ordering.PaymentStatus;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** An {@link OrderRepository} in memory, with the same compare-and-set transitions. */
public final class InMemoryOrders implements OrderRepository {

  private final Map<Long, OrderDetails> orders = new ConcurrentHashMap<>();
  private final AtomicLong orderIds = new AtomicLong();
  private final AtomicLong itemIds = new AtomicLong();
  private final AtomicLong invoiceNumbers = new AtomicLong();
  private final AtomicLong transitions = new AtomicLong();
  private final Map<Long, ServerClientId> renewals = new ConcurrentHashMap<>();

  @Override
  public Mono<OrderId> nextOrderId() {
    return Mono.fromSupplier(() -> new OrderId(orderIds.incrementAndGet()));
  }

  @Override
  public Mono<List<OrderItemId>> nextItemIds(int count) {
    return Mono.fromSupplier(
        () ->
            LongStream.range(0, count)
                .mapToObj(i -> new OrderItemId(itemIds.incrementAndGet()))
                .toList());
  }

  @Override
  public Mono<OrderDetails> insert(
      Order order, PaymentMethod method, Map<PlanId, OrderedPlan> plans, Instant at) {
    boolean paid = order.paymentStatus() == PaymentStatus.PAID;
    Invoice invoice =
        new Invoice(
            Invoice.number(invoiceNumbers.incrementAndGet()),
            paid ? InvoiceStatus.PAID : InvoiceStatus.ISSUED,
            order.grandAmount(),
            at,
            paid ? at : null);
    OrderDetails details = new OrderDetails(order, method, invoice);
    orders.put(order.id().value(), details);
    return Mono.just(details);
  }

  @Override
  public Mono<Void> markRenewal(OrderId id, ServerClientId client) {
    return Mono.fromRunnable(() -> renewals.put(id.value(), client));
  }

  /** The client an order renews; null for a purchase. */
  public ServerClientId renewedBy(OrderId id) {
    return renewals.get(id.value());
  }

  @Override
  public Mono<OrderDetails> find(OrderId id) {
    return Mono.fromSupplier(() -> orders.get(id.value()));
  }

  @Override
  public Mono<Page<OrderDetails>> findByUser(UserId userId, PageRequest page) {
    return page(
        orders.values().stream().filter(d -> d.order().userId().equals(userId)).toList(), page);
  }

  @Override
  public Mono<Page<OrderDetails>> findAll(OrderStatus status, PageRequest page) {
    return page(
        orders.values().stream()
            .filter(d -> status == null || d.order().status() == status)
            .toList(),
        page);
  }

  private static Mono<Page<OrderDetails>> page(List<OrderDetails> all, PageRequest page) {
    List<OrderDetails> sorted =
        all.stream()
            .sorted(Comparator.comparing((OrderDetails d) -> d.order().id().value()).reversed())
            .toList();
    List<OrderDetails> items = sorted.stream().skip(page.offset()).limit(page.size()).toList();
    return Mono.just(new Page<>(items, page.page(), page.size(), sorted.size()));
  }

  @Override
  public synchronized Mono<Boolean> transition(Order before, Order after, Instant at) {
    OrderDetails stored = orders.get(before.id().value());
    if (stored == null
        || stored.order().status() != before.status()
        || stored.order().paymentStatus() != before.paymentStatus()) {
      return Mono.just(false);
    }
    Invoice invoice = stored.invoice();
    if (after.paymentStatus() == PaymentStatus.PAID) {
      invoice =
          new Invoice(
              invoice.number(), InvoiceStatus.PAID, invoice.amount(), invoice.issuedAt(), at);
    } else if (after.status() == OrderStatus.CANCELLED || after.status() == OrderStatus.EXPIRED) {
      invoice =
          new Invoice(
              invoice.number(), InvoiceStatus.VOID, invoice.amount(), invoice.issuedAt(), null);
    }
    orders.put(before.id().value(), new OrderDetails(after, stored.method(), invoice));
    transitions.incrementAndGet();
    return Mono.just(true);
  }

  @Override
  public Flux<Order> pendingPlacedBefore(Instant placedBefore, int limit) {
    return Flux.fromStream(
        orders.values().stream()
            .map(OrderDetails::order)
            .filter(o -> o.status() == OrderStatus.PENDING && o.createdAt().isBefore(placedBefore))
            .limit(limit));
  }

  public Order order(long id) {
    return orders.get(id).order();
  }

  public int count() {
    return orders.size();
  }

  /** How many transitions succeeded. */
  public long transitions() {
    return transitions.get();
  }
}
