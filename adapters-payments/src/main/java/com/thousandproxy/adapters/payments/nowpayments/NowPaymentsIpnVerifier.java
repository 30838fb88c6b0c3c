package com.thousandproxy.adapters.payments.nowpayments;

import com.thousandproxy.adapters.payments.json.JsonReader;
import com.thousandproxy.adapters.payments.json.JsonShapeException;
import com.thousandproxy.adapters.payments.json.JsonValue;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonObject;
import com.thousandproxy.application.payment.IncomingWebhook;
import com.thousandproxy.application.payment.PaymentEvent;
import com.thousandproxy.application.payment.WebhookRejection;
import com.thousandproxy.application.payment.WebhookVerification;
import com.thousandproxy.application.payment.port.out.PaymentWebhookVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies NowPayments IPNs: the {@code x-nowpayments-sig} header must be the HMAC-SHA512 of
 * JavaScript's canonical text of the raw body (keys sorted at every depth, numbers as JavaScript
 * prints them); only then is the body read into a {@link PaymentEvent}.
 */
public final class NowPaymentsIpnVerifier implements PaymentWebhookVerifier {

  public static final String SIGNATURE_HEADER = "x-nowpayments-sig";

  private static final Logger LOG = LoggerFactory.getLogger("payments");

  private final String ipnSecret;
  private final String provider;

  public NowPaymentsIpnVerifier(String ipnSecret) {
    this(ipnSecret, NowPaymentsMapping.PROVIDER);
  }

  /**
   * @param provider the name put on the events, {@code "demo"} when the demo drives this path
   */
  public NowPaymentsIpnVerifier(String ipnSecret, String provider) {
    if (ipnSecret == null || ipnSecret.isBlank()) {
      throw new IllegalArgumentException("the NowPayments IPN secret is not configured");
    }
    this.ipnSecret = ipnSecret.trim();
    this.provider = provider;
  }

  @Override
  public String provider() {
    return provider;
  }

  @Override
  public WebhookVerification verify(IncomingWebhook webhook) {
    String signature = webhook.header(SIGNATURE_HEADER).orElse("");
    if (signature.isBlank()) {
      return rejected(WebhookRejection.MISSING_SIGNATURE, signature);
    }
    if (!NowPaymentsSignature.isWellFormed(signature)) {
      return rejected(WebhookRejection.BAD_SIGNATURE, signature);
    }
    JsonValue body;
    try {
      body = JsonReader.parse(webhook.body());
    } catch (JsonShapeException malformed) {
      return rejected(WebhookRejection.MALFORMED_BODY, signature);
    }
    if (!NowPaymentsSignature.verifies(ipnSecret, body, signature)) {
      return rejected(WebhookRejection.BAD_SIGNATURE, signature);
    }
    return read(body);
  }

  private WebhookVerification read(JsonValue body) {
    if (!(body instanceof JsonObject json) || !json.has("payment_id")) {
      LOG.info("{} IPN ignored: signed, but not a payment notification", provider);
      return new WebhookVerification.Ignored("not a payment notification");
    }
    try {
      PaymentEvent event = NowPaymentsMapping.event(provider, json);
      LOG.info(
          "{} IPN verified: payment {} order_id={} status {}",
          provider,
          event.providerPaymentId(),
          event.reference(),
          event.status());
      return new WebhookVerification.Verified(event);
    } catch (JsonShapeException unreadable) {
      LOG.error("{} IPN ignored: signed but unreadable: {}", provider, unreadable.getMessage());
      return new WebhookVerification.Ignored("unreadable payment notification");
    }
  }

  private WebhookVerification rejected(WebhookRejection reason, String signature) {
    LOG.warn(
        "{} IPN rejected: {} (signature starts {})",
        provider,
        reason,
        signature.substring(0, Math.min(8, signature.length())));
    return new WebhookVerification.Rejected(reason);
  }
}
