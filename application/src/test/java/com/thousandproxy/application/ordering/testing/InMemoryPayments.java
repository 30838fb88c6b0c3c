package com.thousandproxy.application.ordering.testing;

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
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A {@link PaymentRepository} in memory, with compare-and-set status changes. */
public final class InMemoryPayments implements PaymentRepository {

  private final Map<Long, Payment> payments = new ConcurrentHashMap<>();
  private final Map<Long, Instant> checked = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(100);

  @Override
  public Mono<Payment> open(
      UserId userId,
      OrderId orderId,
      PaymentPurpose purpose,
      String provider,
      PaymentStatus status,
      Money amount,
      Instant at) {
    long id = ids.incrementAndGet();
    Payment payment =
        new Payment(
            id, userId, orderId, purpose, provider, null, status, null, amount, null, null, null,
            null, null, null, at);
    payments.put(id, payment);
    return Mono.just(payment);
  }

  @Override
  public Mono<Payment> find(long id) {
    return Mono.fromSupplier(() -> payments.get(id));
  }

  @Override
  public Mono<Payment> findByProviderId(String provider, String providerPaymentId) {
    return Mono.justOrEmpty(
        payments.values().stream()
            .filter(
                p ->
                    p.provider().equals(provider)
                        && providerPaymentId.equals(p.providerPaymentId()))
            .findFirst());
  }

  @Override
  public Mono<Payment> findLatestForOrder(OrderId orderId) {
    return Mono.justOrEmpty(
        payments.values().stream()
            .filter(p -> orderId.equals(p.orderId()))
            .max(Comparator.comparingLong(Payment::id)));
  }

  @Override
  public synchronized Mono<Void> attachGateway(long id, GatewayPayment opened, Instant at) {
    Payment p = payments.get(id);
    PaymentStatus status = p.status() == PaymentStatus.UNPAID ? PaymentStatus.PENDING : p.status();
    payments.put(
        id,
        new Payment(
            id,
            p.userId(),
            p.orderId(),
            p.purpose(),
            p.provider(),
            opened.providerPaymentId(),
            status,
            p.providerStatus() == null ? opened.status() : p.providerStatus(),
            p.amount(),
            opened.instructions().amount(),
            p.actuallyPaid(),
            opened.instructions().currency(),
            opened.instructions().address(),
            opened.instructions().invoiceUrl(),
            opened.instructions().expiresAt(),
            p.createdAt()));
    return Mono.empty();
  }

  @Override
  public synchronized Mono<Boolean> transition(
      long id,
      PaymentStatus from,
      PaymentStatus to,
      String providerPaymentId,
      GatewayPaymentStatus word,
      PaymentAmounts amounts,
      Instant at) {
    Payment p = payments.get(id);
    if (p == null || p.status() != from) {
      return Mono.just(false);
    }
    payments.put(
        id,
        new Payment(
            id,
            p.userId(),
            p.orderId(),
            p.purpose(),
            p.provider(),
            p.providerPaymentId() != null ? p.providerPaymentId() : providerPaymentId,
            to,
            word == null ? p.providerStatus() : word,
            p.amount(),
            p.payAmount(),
            amounts == null || amounts.actuallyPaid() == null
                ? p.actuallyPaid()
                : amounts.actuallyPaid(),
            p.payCurrency(),
            p.payAddress(),
            p.invoiceUrl(),
            p.expiresAt(),
            p.createdAt()));
    return Mono.just(true);
  }

  @Override
  public synchronized Mono<Void> recordProviderWord(
      long id, GatewayPaymentStatus word, PaymentAmounts amounts, Instant at) {
    Payment p = payments.get(id);
    payments.put(id, p.withStatus(p.status(), word));
    return Mono.empty();
  }

  @Override
  public Flux<Payment> dueForPolling(
      String provider, Instant expiredSince, Instant checkedBefore, int limit) {
    return Flux.fromStream(
        payments.values().stream()
            .filter(p -> p.provider().equals(provider) && p.providerPaymentId() != null)
            .filter(
                p ->
                    p.status() == PaymentStatus.PENDING
                        || p.status() == PaymentStatus.UNPAID
                        || (p.status() == PaymentStatus.EXPIRED
                            && !p.createdAt().isBefore(expiredSince)))
            .filter(
                p -> !checked.containsKey(p.id()) || checked.get(p.id()).isBefore(checkedBefore))
            .limit(limit));
  }

  @Override
  public synchronized Mono<Boolean> claimForPolling(long id, Instant before, Instant now) {
    Instant last = checked.get(id);
    if (last != null && !last.isBefore(before)) {
      return Mono.just(false);
    }
    checked.put(id, now);
    return Mono.just(true);
  }

  public Payment payment(long id) {
    return payments.get(id);
  }

  public int count() {
    return payments.size();
  }
}
