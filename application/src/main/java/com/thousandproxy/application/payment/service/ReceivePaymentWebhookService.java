package com.thousandproxy.application.payment.service;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.payment.IncomingWebhook;
import com.thousandproxy.application.payment.PaymentEventOutcome;
import com.thousandproxy.application.payment.WebhookRejectedException;
import com.thousandproxy.application.payment.WebhookVerification;
import com.thousandproxy.application.payment.port.in.ReceivePaymentWebhookUseCase;
import com.thousandproxy.application.payment.port.out.PaymentWebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Verifies a webhook from its raw bytes, then hands a genuine event to the transition. */
public final class ReceivePaymentWebhookService implements ReceivePaymentWebhookUseCase {

  private final PaymentWebhookVerifier verifier;
  private final PaymentEventProcessor processor;
  private final AuditLog audit;
  private final Clock clock;

  public ReceivePaymentWebhookService(
      PaymentWebhookVerifier verifier,
      PaymentEventProcessor processor,
      AuditLog audit,
      Clock clock) {
    this.verifier = verifier;
    this.processor = processor;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Mono<PaymentEventOutcome> receive(IncomingWebhook webhook, String clientAddress) {
    return Mono.fromCallable(() -> verifier.verify(webhook))
        .flatMap(
            verification -> {
              if (verification instanceof WebhookVerification.Verified verified) {
                String payload = new String(webhook.body(), StandardCharsets.UTF_8);
                return processor.apply(verified.event(), payload);
              }
              if (verification instanceof WebhookVerification.Rejected rejected) {
                return reject(rejected, clientAddress);
              }
              return Mono.just(PaymentEventOutcome.IGNORED);
            });
  }

  private Mono<PaymentEventOutcome> reject(
      WebhookVerification.Rejected rejected, String clientAddress) {
    AuditEvent event =
        AuditEvent.of(AuditActor.ANONYMOUS, "payment.webhook_rejected", clock.instant())
            .target("PAYMENT_PROVIDER", verifier.provider())
            .details(Map.of("reason", rejected.reason().name()))
            .from(clientAddress);
    return audit.record(event).then(Mono.error(new WebhookRejectedException(rejected.reason())));
  }
}
