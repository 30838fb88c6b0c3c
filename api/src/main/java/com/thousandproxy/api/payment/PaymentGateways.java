package com.thousandproxy.api.payment;

import com.thousandproxy.application.payment.port.out.PaymentGateway;
import com.thousandproxy.application.payment.port.out.PaymentWebhookVerifier;
import java.util.Objects;

/** The gateway in use and the verifier of its webhooks, chosen together by profile. */
public record PaymentGateways(PaymentGateway gateway, PaymentWebhookVerifier verifier) {

  public PaymentGateways {
    Objects.requireNonNull(gateway, "gateway");
    Objects.requireNonNull(verifier, "verifier");
  }

  /** NowPayments without an API key or IPN secret: checkouts fail with 502, IPNs with 401. */
  public static PaymentGateways unconfigured() {
    UnconfiguredPaymentGateway stand = new UnconfiguredPaymentGateway();
    return new PaymentGateways(stand, stand);
  }
}
