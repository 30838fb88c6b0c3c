package com.thousandproxy.application.payment.service;

import com.thousandproxy.application.payment.GatewayPayment;
import com.thousandproxy.application.payment.PaymentEvent;

/**
 * Turns a polled payment into the event a webhook would have carried, keyed like NowPayments' IPNs
 * ({@code payment_id:status:updated_at in ms}) so a poll and an IPN of one state are one event.
 */
final class PolledEvents {

  private PolledEvents() {}

  static PaymentEvent of(GatewayPayment payment) {
    String updated =
        payment.updatedAt() == null ? "" : Long.toString(payment.updatedAt().toEpochMilli());
    return new PaymentEvent(
        payment.provider(),
        payment.providerPaymentId(),
        payment.reference(),
        payment.status(),
        payment.amounts(),
        payment.parentPaymentId(),
        payment.updatedAt(),
        payment.providerPaymentId() + ":" + payment.status().providerName() + ":" + updated);
  }

  /** A small JSON record of the poll for the inbox (the gateway's answer is not kept verbatim). */
  static String payload(GatewayPayment payment) {
    return "{\"source\":\"poll\",\"payment_id\":"
        + quote(payment.providerPaymentId())
        + ",\"payment_status\":"
        + quote(payment.status().providerName())
        + ",\"order_id\":"
        + quote(payment.reference())
        + ",\"parent_payment_id\":"
        + quote(payment.parentPaymentId())
        + ",\"actually_paid\":"
        + quote(
            payment.amounts().actuallyPaid() == null
                ? null
                : payment.amounts().actuallyPaid().toPlainString())
        + ",\"updated_at\":"
        + quote(payment.updatedAt() == null ? null : payment.updatedAt().toString())
        + "}";
  }

  private static String quote(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
