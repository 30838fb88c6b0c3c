package com.thousandproxy.application.ordering.service;

import com.thousandproxy.application.ordering.OrderDetails;
import com.thousandproxy.application.ordering.OrderNotFoundException;
import com.thousandproxy.application.ordering.port.in.BrowseOrdersUseCase;
import com.thousandproxy.application.ordering.port.out.OrderRepository;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.user.UserId;
import reactor.core.publisher.Mono;

/** Reads orders; another user's order is reported as not found, never as forbidden. */
public final class BrowseOrdersService implements BrowseOrdersUseCase {

  private final OrderRepository orders;

  public BrowseOrdersService(OrderRepository orders) {
    this.orders = orders;
  }

  @Override
  public Mono<Page<OrderDetails>> ownOrders(UserId owner, PageRequest page) {
    return orders.findByUser(owner, page);
  }

  @Override
  public Mono<OrderDetails> order(UserId viewer, boolean admin, long orderId) {
    return visibleOrder(orders, viewer, admin, orderId);
  }

  @Override
  public Mono<Page<OrderDetails>> allOrders(OrderStatus status, PageRequest page) {
    return orders.findAll(status, page);
  }

  static Mono<OrderDetails> visibleOrder(
      OrderRepository orders, UserId viewer, boolean admin, long orderId) {
    if (orderId <= 0) {
      return Mono.error(new OrderNotFoundException(orderId));
    }
    return orders
        .find(new OrderId(orderId))
        .filter(details -> admin || details.order().userId().equals(viewer))
        .switchIfEmpty(Mono.error(new OrderNotFoundException(orderId)));
  }
}
