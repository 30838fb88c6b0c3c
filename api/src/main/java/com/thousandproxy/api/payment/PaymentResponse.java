package com.thousandproxy.api.payment;

import com.thousandproxy.api.web.MoneyResponse;
import com.thousandproxy.application.payment.Payment;
import java.time.Instant;

/**
 * A payment on the wire. {@code method} is {@code wallet} or {@code nowpayments} (the demo gateway
 * speaks NowPayments too); {@code provider} names the gateway that actually holds it.
 */
public record PaymentResponse(
    long id,
    String method,
    String provider,
    String purpose,
    Long orderId,
    String status,
    String providerStatus,
    MoneyResponse amount,
    String invoiceUrl,
    String payAddress,
    String payAmount,
    String actuallyPaid,
    String payCurrency,
    Instant expiresAt,
    Instant createdAt) {

  public static PaymentResponse from(Payment payment) {
    return new PaymentResponse(
        payment.id(),
        Payment.WALLET.equals(payment.provider()) ? "wallet" : "nowpayments",
        payment.provider(),
        payment.purpose().name(),
        payment.orderId() == null ? null : payment.orderId().value(),
        payment.status().name(),
        payment.providerStatus() == null ? null : payment.providerStatus().providerName(),
        MoneyResponse.from(payment.amount()),
        payment.invoiceUrl() == null ? null : payment.invoiceUrl().toString(),
        payment.payAddress(),
        payment.payAmount() == null ? null : payment.payAmount().toPlainString(),
        payment.actuallyPaid() == null ? null : payment.actuallyPaid().toPlainString(),
        payment.payCurrency(),
        payment.expiresAt(),
        payment.createdAt());
  }
}
