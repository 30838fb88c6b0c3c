package com.thousandproxy.application.ordering.service;

import com.thousandproxy.application.ordering.port.in.ExpireUnpaidOrdersUseCase;
import com.thousandproxy.application.ordering.port.out.OrderRepository;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.ordering.Order;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Expires orders left unpaid longer than the configured time, one batch per run. Each expiry is a
 * compare-and-set, so instances sweeping at once expire each order once.
 */
public final class ExpireUnpaidOrdersService implements ExpireUnpaidOrdersUseCase {

  /** The {@code payments} channel (java.util.logging, bridged to the application's logging). */
  private static final System.Logger LOG = System.getLogger("payments");

  private final OrderRepository orders;
  private final UnpaidPayments unpaidPayments;
  private final Transactions transactions;
  private final Clock clock;
  private final Duration unpaidTtl;
  private final int batch;

  public ExpireUnpaidOrdersService(
      OrderRepository orders,
      UnpaidPayments unpaidPayments,
      Transactions transactions,
      Clock clock,
      Duration unpaidTtl,
      int batch) {
    this.orders = orders;
    this.unpaidPayments = unpaidPayments;
    this.transactions = transactions;
    this.clock = clock;
    this.unpaidTtl = unpaidTtl;
    this.batch = batch;
  }

  @Override
  public Mono<Long> expireOverdue() {
    Instant now = clock.instant();
    return orders
        .pendingPlacedBefore(now.minus(unpaidTtl), batch)
        .filter(order -> order.isOverdue(unpaidTtl, clock))
        .concatMap(order -> expire(order, now))
        .reduce(0L, Long::sum)
        .doOnNext(
            count -> {
              if (count > 0) {
                LOG.log(System.Logger.Level.INFO, "expired {0} unpaid orders", count);
              }
            });
  }

  private Mono<Long> expire(Order order, Instant now) {
    return transactions.inTransaction(
        () ->
            orders
                .transition(order, order.expire(), now)
                .flatMap(
                    moved ->
                        moved
                            ? unpaidPayments.close(order.id(), now).thenReturn(1L)
                            : Mono.just(0L)));
  }
}
