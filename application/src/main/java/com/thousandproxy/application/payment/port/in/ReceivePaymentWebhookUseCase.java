package com.thousandproxy.application.payment.port.in;

import com.thousandproxy.application.payment.IncomingWebhook;
import com.thousandproxy.application.payment.PaymentEventOutcome;
import reactor.core.publisher.Mono;

/**
 * Takes a provider's webhook: verifies it, stores the event once and applies it; a webhook that is
 * not genuine signals {@code WebhookRejectedException} and changes nothing.
 */
public interface ReceivePaymentWebhookUseCase {

  /**
   * @param clientAddress the sender's address, for the audit trail of rejected webhooks
   */
  Mono<PaymentEventOutcome> receive(IncomingWebhook webhook, String clientAddress);
}
