package com.thousandproxy.application.payment.port.out;

import com.thousandproxy.application.payment.GatewayPayment;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentAmounts;
import com.thousandproxy.application.payment.PaymentPurpose;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.PaymentStatus;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores payments. Status changes are compare-and-set on the current status, so of two concurrent
 * deliveries of one event exactly one moves the payment and the other sees {@code false}.
 */
public interface PaymentRepository {

  /** Stores a new payment and returns it with its id. */
  Mono<Payment> open(
      UserId userId,
      OrderId orderId,
      PaymentPurpose purpose,
      String provider,
      PaymentStatus status,
      Money amount,
      Instant at);

  Mono<Payment> find(long id);

  Mono<Payment> findByProviderId(String provider, String providerPaymentId);

  /** The newest payment of an order. */
  Mono<Payment> findLatestForOrder(OrderId orderId);

  /**
   * Records what the gateway answered to the create (its id, address, amounts); an {@code UNPAID}
   * payment becomes {@code PENDING}, one already moved by an event keeps its status.
   */
  Mono<Void> attachGateway(long id, GatewayPayment opened, Instant at);

  /**
   * Moves the payment from {@code from} to {@code to}; false when it was no longer {@code from}.
   */
  Mono<Boolean> transition(
      long id,
      PaymentStatus from,
      PaymentStatus to,
      String providerPaymentId,
      GatewayPaymentStatus word,
      PaymentAmounts amounts,
      Instant at);

  /** Closes a payment that never reached the gateway (its order closed, or the create failed). */
  default Mono<Boolean> expireUnpaid(long id, Instant at) {
    return transition(id, PaymentStatus.UNPAID, PaymentStatus.EXPIRED, null, null, null, at);
  }

  /** Keeps the gateway's newer word and amounts without a status change (waiting → confirming). */
  Mono<Void> recordProviderWord(
      long id, GatewayPaymentStatus word, PaymentAmounts amounts, Instant at);

  /**
   * Gateway payments of {@code provider} still worth asking about: open ones, and expired ones
   * created after {@code expiredSince} whose gateway has not said a final word, least recently
   * checked first, skipping those checked after {@code checkedBefore}.
   */
  Flux<Payment> dueForPolling(
      String provider, Instant expiredSince, Instant checkedBefore, int limit);

  /** Takes a payment for one poll; false when another instance took it since {@code before}. */
  Mono<Boolean> claimForPolling(long id, Instant before, Instant now);
}
