package com.thousandproxy.application.payment;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment as its provider currently sees it.
 *
 * @param provider the gateway's name, e.g. {@code "nowpayments"} or {@code "demo"}
 * @param providerPaymentId the provider's id, as text (NowPayments ids do not fit an int)
 * @param reference our payment reference (NowPayments {@code order_id}); null on repeated deposits
 * @param parentPaymentId set when this payment is a repeated or wrong-asset deposit on another
 *     payment: never fulfil automatically on such a payment
 */
public record GatewayPayment(
    String provider,
    String providerPaymentId,
    @Nullable String reference,
    GatewayPaymentStatus status,
    PaymentAmounts amounts,
    PayInstructions instructions,
    @Nullable String parentPaymentId,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt) {

  public GatewayPayment {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(providerPaymentId, "providerPaymentId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(amounts, "amounts");
    Objects.requireNonNull(instructions, "instructions");
  }

  public boolean isRepeatedDeposit() {
    return parentPaymentId != null;
  }
}
