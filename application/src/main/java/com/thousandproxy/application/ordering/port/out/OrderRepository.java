package com.thousandproxy.application.ordering.port.out;

import com.thousandproxy.application.ordering.OrderDetails;
import com.thousandproxy.application.ordering.OrderedPlan;
import com.thousandproxy.application.ordering.PaymentMethod;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.ordering.Order;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderItemId;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores orders with their items and invoice. Ids are handed out before an order is built, as the
 * domain wants; a status change is compare-and-set on both lifecycles, so it happens once.
 */
public interface OrderRepository {

  Mono<OrderId> nextOrderId();

  Mono<List<OrderItemId>> nextItemIds(int count);

  /** Stores a new order, its items (with the plans' names and durations) and its invoice. */
  Mono<OrderDetails> insert(
      Order order, PaymentMethod method, Map<PlanId, OrderedPlan> plans, Instant at);

  /**
   * Makes a just inserted order a RENEWAL of {@code client} (in the same transaction as the insert,
   * so the provisioning job never sees it as a purchase).
   */
  Mono<Void> markRenewal(OrderId id, ServerClientId client);

  Mono<OrderDetails> find(OrderId id);

  /** Newest first. */
  Mono<Page<OrderDetails>> findByUser(UserId userId, PageRequest page);

  /** Newest first; every order when {@code status} is null. */
  Mono<Page<OrderDetails>> findAll(OrderStatus status, PageRequest page);

  /**
   * Moves {@code before} to {@code after} (and its invoice along: paid, or void when it closes
   * unpaid); false when the stored order is no longer in {@code before}'s state.
   */
  Mono<Boolean> transition(Order before, Order after, Instant at);

  /** Pending orders placed before {@code placedBefore}, oldest first. */
  Flux<Order> pendingPlacedBefore(Instant placedBefore, int limit);
}
