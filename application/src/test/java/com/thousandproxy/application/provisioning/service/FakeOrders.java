package com.thousandproxy.application.provisioning.service;

import com.thousandproxy.application.provisioning.PaidOrder;
import com.thousandproxy.application.provisioning.port.out.ProvisioningOrders;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Mono;

/** Orders in memory; every move is compare-and-set on the status, as in the store. */
final class FakeOrders implements ProvisioningOrders {

  private final Map<Long, PaidOrder> orders = new HashMap<>();
  final Map<Long, String> failureReasons = new HashMap<>();

  synchronized void put(PaidOrder order) {
    orders.put(order.id().value(), order);
  }

  synchronized OrderStatus status(OrderId id) {
    return orders.get(id.value()).status();
  }

  @Override
  public synchronized Mono<PaidOrder> find(OrderId id) {
    return Mono.justOrEmpty(orders.get(id.value()));
  }

  @Override
  public Mono<Boolean> markProvisioning(OrderId id, Instant at) {
    return move(id, Set.of(OrderStatus.PAID), OrderStatus.PROVISIONING);
  }

  @Override
  public Mono<Boolean> markCompleted(OrderId id, Instant at) {
    return move(id, Set.of(OrderStatus.PROVISIONING), OrderStatus.COMPLETED);
  }

  @Override
  public synchronized Mono<Boolean> markFailed(OrderId id, String reason, Instant at) {
    return move(id, Set.of(OrderStatus.PAID, OrderStatus.PROVISIONING), OrderStatus.FAILED)
        .doOnNext(moved -> failureReasons.put(id.value(), reason));
  }

  private synchronized Mono<Boolean> move(OrderId id, Set<OrderStatus> from, OrderStatus to) {
    PaidOrder o = orders.get(id.value());
    if (o == null || !from.contains(o.status())) {
      return Mono.just(false);
    }
    orders.put(
        id.value(),
        new PaidOrder(
            o.id(), o.userId(), o.kind(), to, o.grandAmount(), o.renews(), o.lines(), o.paidAt()));
    return Mono.just(true);
  }
}
