package com.thousandproxy.adapters.payments.demo;

import com.thousandproxy.adapters.payments.nowpayments.NowPaymentsIpnVerifier;
import com.thousandproxy.application.payment.IncomingWebhook;
import java.util.Map;

/**
 * A DEMO notification in NowPayments' IPN format with a valid signature: post {@code body} with the
 * {@link #headers()} to the NowPayments webhook endpoint to drive the real verification path.
 */
public record DemoIpn(String body, String signature) {

  public Map<String, String> headers() {
    return Map.of(
        NowPaymentsIpnVerifier.SIGNATURE_HEADER, signature, "content-type", "application/json");
  }

  public IncomingWebhook toWebhook() {
    return IncomingWebhook.of(body, headers());
  }
}
