package com.thousandproxy.api.observability;

import com.thousandproxy.application.payment.GatewayPayment;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentAmounts;
import com.thousandproxy.application.payment.PaymentPurpose;
import com.thousandproxy.application.payment.port.out.PaymentRepository;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.PaymentStatus;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts, through {@link PaymentMetrics#statusReached}, every status a payment is stored with: the
 * one it opens with ({@code paid} from the wallet, {@code unpaid} at a gateway), {@code pending}
 * once the gateway opened it, and each move the store accepted. A move's gateway is read back with
 * the payment (one query per move, which is rare). Counted when stored, so a move inside a
 * transaction that later rolls back is still counted, and a gateway's {@code pending} even in the
 * rare race where an event had already moved the payment on.
 */
final class MeteredPaymentRepository implements PaymentRepository {

  private final PaymentRepository delegate;
  private final Supplier<PaymentMetrics> metrics;

  MeteredPaymentRepository(PaymentRepository delegate, Supplier<PaymentMetrics> metrics) {
    this.delegate = delegate;
    this.metrics = metrics;
  }

  @Override
  public Mono<Payment> open(
      UserId userId,
      OrderId orderId,
      PaymentPurpose purpose,
      String provider,
      PaymentStatus status,
      Money amount,
      Instant at) {
    return delegate
        .open(userId, orderId, purpose, provider, status, amount, at)
        .doOnNext(payment -> reached(payment.provider(), payment.status()));
  }

  @Override
  public Mono<Boolean> transition(
      long id,
      PaymentStatus from,
      PaymentStatus to,
      String providerPaymentId,
      GatewayPaymentStatus word,
      PaymentAmounts amounts,
      Instant at) {
    return delegate
        .transition(id, from, to, providerPaymentId, word, amounts, at)
        .flatMap(
            moved ->
                moved
                    ? delegate
                        .find(id)
                        .doOnNext(payment -> reached(payment.provider(), to))
                        .thenReturn(true)
                    : Mono.just(false));
  }

  @Override
  public Mono<Payment> find(long id) {
    return delegate.find(id);
  }

  @Override
  public Mono<Payment> findByProviderId(String provider, String providerPaymentId) {
    return delegate.findByProviderId(provider, providerPaymentId);
  }

  @Override
  public Mono<Payment> findLatestForOrder(OrderId orderId) {
    return delegate.findLatestForOrder(orderId);
  }

  @Override
  public Mono<Void> attachGateway(long id, GatewayPayment opened, Instant at) {
    return delegate
        .attachGateway(id, opened, at)
        .doOnSuccess(done -> reached(opened.provider(), PaymentStatus.PENDING));
  }

  @Override
  public Mono<Void> recordProviderWord(
      long id, GatewayPaymentStatus word, PaymentAmounts amounts, Instant at) {
    return delegate.recordProviderWord(id, word, amounts, at);
  }

  @Override
  public Flux<Payment> dueForPolling(
      String provider, Instant expiredSince, Instant checkedBefore, int limit) {
    return delegate.dueForPolling(provider, expiredSince, checkedBefore, limit);
  }

  @Override
  public Mono<Boolean> claimForPolling(long id, Instant before, Instant now) {
    return delegate.claimForPolling(id, before, now);
  }

  private void reached(String provider, PaymentStatus status) {
    metrics.get().statusReached(provider, status.name());
  }
}
