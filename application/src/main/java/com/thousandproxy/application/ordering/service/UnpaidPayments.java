package com.thousandproxy.application.ordering.service;

import com.thousandproxy.application.payment.port.out.PaymentRepository;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.PaymentStatus;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Closes the payment of an order that closed before a gateway payment was even opened. */
public final class UnpaidPayments {

  private final PaymentRepository payments;

  public UnpaidPayments(PaymentRepository payments) {
    this.payments = payments;
  }

  Mono<Void> close(OrderId orderId, Instant now) {
    return payments
        .findLatestForOrder(orderId)
        .filter(payment -> payment.status() == PaymentStatus.UNPAID)
        .flatMap(payment -> payments.expireUnpaid(payment.id(), now))
        .then();
  }
}
