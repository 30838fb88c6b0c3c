package com.thousandproxy.application.payment.service;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentAmounts;
import com.thousandproxy.application.payment.PaymentEvent;
import com.thousandproxy.application.payment.PaymentEventOutcome;
import com.thousandproxy.application.payment.port.out.PaymentEventInbox;
import com.thousandproxy.application.payment.port.out.PaymentRepository;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.ordering.PaymentStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The one transition function for provider events, fed by webhooks and by polling alike. In one
 * transaction it stores the event in the inbox (a duplicate stops there), moves the payment forward
 * with a compare-and-set (a stale or concurrent event changes nothing) and runs the effects of the
 * move; so each event is applied at most once and statuses never go back.
 */
public final class PaymentEventProcessor {

  /** The {@code payments} channel (java.util.logging, bridged to the application's logging). */
  private static final System.Logger LOG = System.getLogger("payments");

  private final PaymentEventInbox inbox;
  private final PaymentRepository payments;
  private final PaymentEffects effects;
  private final AuditLog audit;
  private final Transactions transactions;
  private final Clock clock;

  public PaymentEventProcessor(
      PaymentEventInbox inbox,
      PaymentRepository payments,
      PaymentEffects effects,
      AuditLog audit,
      Transactions transactions,
      Clock clock) {
    this.inbox = inbox;
    this.payments = payments;
    this.effects = effects;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * @param payload the event as received (the raw webhook body, or the polled answer), kept
   */
  public Mono<PaymentEventOutcome> apply(PaymentEvent event, String payload) {
    return transactions
        .inTransaction(
            () -> {
              Instant now = clock.instant();
              return inbox
                  .receive(event, payload, now)
                  .flatMap(
                      stored ->
                          stored.isEmpty()
                              ? Mono.just(new Result(null, PaymentEventOutcome.DUPLICATE))
                              : handle(event, now)
                                  .flatMap(
                                      result ->
                                          inbox
                                              .processed(
                                                  stored.get(),
                                                  result.paymentId(),
                                                  result.outcome().name(),
                                                  now)
                                              .thenReturn(result)));
            })
        .doOnNext(
            result ->
                LOG.log(
                    System.Logger.Level.INFO,
                    "{0} event {1} for payment {2}: {3}",
                    event.provider(),
                    event.eventKey(),
                    result.paymentId(),
                    result.outcome()))
        .map(Result::outcome);
  }

  private Mono<Result> handle(PaymentEvent event, Instant now) {
    if (event.isRepeatedDeposit()) {
      return auditEvent("payment.repeated_deposit", null, event, now)
          .thenReturn(new Result(null, PaymentEventOutcome.REPEATED_DEPOSIT));
    }
    return find(event)
        .flatMap(payment -> handle(payment, event, now).map(o -> new Result(payment.id(), o)))
        .defaultIfEmpty(new Result(null, PaymentEventOutcome.UNKNOWN_PAYMENT));
  }

  private Mono<Payment> find(PaymentEvent event) {
    return payments
        .findByProviderId(event.provider(), event.providerPaymentId())
        .switchIfEmpty(Mono.defer(() -> findByReference(event)));
  }

  private Mono<Payment> findByReference(PaymentEvent event) {
    if (event.reference() == null || !event.reference().matches("\\d{1,18}")) {
      return Mono.empty();
    }
    return payments
        .find(Long.parseLong(event.reference()))
        .filter(
            payment ->
                payment.provider().equals(event.provider())
                    && (payment.providerPaymentId() == null
                        || payment.providerPaymentId().equals(event.providerPaymentId())));
  }

  private Mono<PaymentEventOutcome> handle(Payment payment, PaymentEvent event, Instant now) {
    if (!priceMatches(payment, event.amounts())) {
      return auditEvent("payment.amount_mismatch", payment, event, now)
          .thenReturn(PaymentEventOutcome.AMOUNT_MISMATCH);
    }
    PaymentStatus target = PaymentStatuses.target(event.status());
    PaymentStatus current = payment.status();
    if (target == null) {
      return Mono.just(PaymentEventOutcome.IGNORED_STATUS);
    }
    if (current == PaymentStatus.EXPIRED
        && (target == PaymentStatus.PAID || target == PaymentStatus.PARTIALLY_PAID)) {
      return effects.lateDeposit(payment, event, now);
    }
    if (current == target) {
      boolean progressed =
          PaymentStatuses.rank(event.status()) > PaymentStatuses.rank(payment.providerStatus());
      return progressed && target == PaymentStatus.PENDING
          ? payments
              .recordProviderWord(payment.id(), event.status(), event.amounts(), now)
              .thenReturn(PaymentEventOutcome.PROGRESSED)
          : Mono.just(PaymentEventOutcome.STALE);
    }
    if (!current.canMoveTo(target)) {
      return Mono.just(PaymentEventOutcome.STALE);
    }
    return payments
        .transition(
            payment.id(),
            current,
            target,
            event.providerPaymentId(),
            event.status(),
            event.amounts(),
            now)
        .flatMap(
            moved ->
                moved
                    ? effects.afterMove(payment.withStatus(target, event.status()), event, now)
                    : Mono.just(PaymentEventOutcome.STALE));
  }

  /** The event must be about our price: a different amount or currency is never fulfilled. */
  private static boolean priceMatches(Payment payment, PaymentAmounts amounts) {
    if (amounts.priceAmount() == null || amounts.priceCurrency() == null) {
      return true;
    }
    return amounts.priceAmount().compareTo(payment.amount().amount()) == 0
        && amounts
            .priceCurrency()
            .toUpperCase(Locale.ROOT)
            .equals(payment.amount().currency().getCurrencyCode());
  }

  private Mono<Void> auditEvent(String action, Payment payment, PaymentEvent event, Instant now) {
    Map<String, String> details = new HashMap<>();
    details.put("provider", event.provider());
    details.put("providerPaymentId", event.providerPaymentId());
    details.put("status", event.status().providerName());
    if (event.parentPaymentId() != null) {
      details.put("parentPaymentId", event.parentPaymentId());
    }
    if (event.amounts().priceAmount() != null) {
      details.put("priceAmount", event.amounts().priceAmount().toPlainString());
    }
    return audit.record(
        AuditEvent.of(AuditActor.SYSTEM, action, now)
            .target("PAYMENT", payment == null ? null : payment.id())
            .details(details));
  }

  private record Result(Long paymentId, PaymentEventOutcome outcome) {}
}
