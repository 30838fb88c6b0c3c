package com.thousandproxy.application.ordering.port.in;

import com.thousandproxy.application.ordering.OrderDetails;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.user.UserId;
import reactor.core.publisher.Mono;

/** Reads orders: a customer their own, an admin any. */
public interface BrowseOrdersUseCase {

  Mono<Page<OrderDetails>> ownOrders(UserId owner, PageRequest page);

  /** The order if the viewer owns it or is an admin, else {@code OrderNotFoundException}. */
  Mono<OrderDetails> order(UserId viewer, boolean admin, long orderId);

  /** Every order, or those in {@code status} when it is not null. */
  Mono<Page<OrderDetails>> allOrders(OrderStatus status, PageRequest page);
}
