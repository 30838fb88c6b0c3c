package com.thousandproxy.application.ordering.service;

import com.thousandproxy.application.ordering.OrderDetails;
import com.thousandproxy.application.ordering.OrderNotCancellableException;
import com.thousandproxy.application.ordering.port.in.CancelOrderUseCase;
import com.thousandproxy.application.ordering.port.out.OrderRepository;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.ordering.Order;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderStateException;
import com.thousandproxy.domain.shared.IllegalTransitionException;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import reactor.core.publisher.Mono;

/**
 * Cancels an unpaid order. A gateway payment that is already open stays watched: money that still
 * arrives for a cancelled order is credited to the wallet.
 */
public final class CancelOrderService implements CancelOrderUseCase {

  private final OrderRepository orders;
  private final UnpaidPayments unpaidPayments;
  private final Transactions transactions;
  private final Clock clock;

  public CancelOrderService(
      OrderRepository orders,
      UnpaidPayments unpaidPayments,
      Transactions transactions,
      Clock clock) {
    this.orders = orders;
    this.unpaidPayments = unpaidPayments;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Mono<OrderDetails> cancel(UserId caller, boolean admin, long orderId) {
    return BrowseOrdersService.visibleOrder(orders, caller, admin, orderId)
        .flatMap(details -> cancel(details.order()))
        .then(Mono.defer(() -> orders.find(new OrderId(orderId))));
  }

  private Mono<Void> cancel(Order before) {
    Order after;
    try {
      after = before.cancel();
    } catch (IllegalTransitionException | OrderStateException refused) {
      return Mono.error(notCancellable(before));
    }
    return transactions.inTransaction(
        () ->
            orders
                .transition(before, after, clock.instant())
                .flatMap(
                    moved ->
                        moved
                            ? unpaidPayments.close(before.id(), clock.instant())
                            : Mono.error(notCancellable(before))));
  }

  private static OrderNotCancellableException notCancellable(Order order) {
    return new OrderNotCancellableException(order.status(), order.paymentStatus());
  }
}
