package com.thousandproxy.application.payment.service;

import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentNotFoundException;
import com.thousandproxy.application.payment.PaymentSettings;
import com.thousandproxy.application.payment.port.in.GetPaymentUseCase;
import com.thousandproxy.application.payment.port.in.ReconcilePaymentsUseCase;
import com.thousandproxy.application.payment.port.out.PaymentGateway;
import com.thousandproxy.application.payment.port.out.PaymentRepository;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Polls the gateway for payments still open (and expired ones within the late-deposit window) and
 * applies each answer through {@link PaymentEventProcessor}, like a webhook. Each payment is
 * claimed before it is polled, so several instances never poll the same one in the same round.
 */
public final class ReconcilePaymentsService implements ReconcilePaymentsUseCase, GetPaymentUseCase {

  /** The {@code payments} channel (java.util.logging, bridged to the application's logging). */
  private static final System.Logger LOG = System.getLogger("payments");

  private final PaymentGateway gateway;
  private final PaymentRepository payments;
  private final PaymentEventProcessor processor;
  private final PaymentSettings settings;
  private final Clock clock;

  public ReconcilePaymentsService(
      PaymentGateway gateway,
      PaymentRepository payments,
      PaymentEventProcessor processor,
      PaymentSettings settings,
      Clock clock) {
    this.gateway = gateway;
    this.payments = payments;
    this.processor = processor;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public Mono<Integer> reconcileDue() {
    Instant now = clock.instant();
    Instant checkedBefore = now.minus(settings.pollSpacing());
    return payments
        .dueForPolling(
            gateway.provider(),
            now.minus(settings.lateDepositWindow()),
            checkedBefore,
            settings.pollBatch())
        .concatMap(
            payment ->
                payments
                    .claimForPolling(payment.id(), checkedBefore, now)
                    .filter(Boolean::booleanValue)
                    .flatMap(claimed -> poll(payment).thenReturn(1))
                    .onErrorResume(
                        error -> {
                          LOG.log(
                              System.Logger.Level.WARNING,
                              "poll of payment {0} failed: {1}",
                              payment.id(),
                              error.toString());
                          return Mono.just(0);
                        }))
        .reduce(0, Integer::sum);
  }

  @Override
  public Mono<Payment> refresh(UserId owner, long paymentId) {
    return payment(owner, paymentId)
        .flatMap(
            payment ->
                payment.providerPaymentId() == null
                        || !payment.provider().equals(gateway.provider())
                    ? Mono.just(payment)
                    : poll(payment).then(Mono.defer(() -> payments.find(paymentId))));
  }

  @Override
  public Mono<Payment> payment(UserId owner, long paymentId) {
    return payments
        .find(paymentId)
        .filter(payment -> payment.userId().equals(owner))
        .switchIfEmpty(Mono.error(new PaymentNotFoundException(paymentId)));
  }

  private Mono<Void> poll(Payment payment) {
    return gateway
        .paymentStatus(payment.providerPaymentId())
        .flatMap(polled -> processor.apply(PolledEvents.of(polled), PolledEvents.payload(polled)))
        .then();
  }
}
