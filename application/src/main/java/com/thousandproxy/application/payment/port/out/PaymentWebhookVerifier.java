package com.thousandproxy.application.payment.port.out;

import com.thousandproxy.application.payment.IncomingWebhook;
import com.thousandproxy.application.payment.WebhookVerification;

/**
 * Authenticates a provider's webhook from its raw body and headers, and only then reads it into a
 * provider-neutral event. Pure computation (no I/O), hence synchronous.
 */
public interface PaymentWebhookVerifier {

  /** The provider whose webhooks this verifies, e.g. {@code "nowpayments"}. */
  String provider();

  WebhookVerification verify(IncomingWebhook webhook);
}
