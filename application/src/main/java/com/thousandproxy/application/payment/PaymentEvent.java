package com.thousandproxy.application.payment;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An authenticated status change that a provider pushed to us. Events arrive at least once, out of
 * order and possibly stale: apply them through an idempotent, monotonic transition.
 *
 * @param reference our payment reference (NowPayments {@code order_id}); null on repeated deposits
 * @param parentPaymentId set on repeated or wrong-asset deposits: never fulfil automatically
 * @param eventKey a provider-scoped key that is the same for a duplicate delivery of this event
 *     (NowPayments has no event id: {@code payment_id:payment_status:updated_at})
 */
public record PaymentEvent(
    String provider,
    String providerPaymentId,
    @Nullable String reference,
    GatewayPaymentStatus status,
    PaymentAmounts amounts,
    @Nullable String parentPaymentId,
    @Nullable Instant updatedAt,
    String eventKey) {

  public PaymentEvent {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(providerPaymentId, "providerPaymentId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(amounts, "amounts");
    Objects.requireNonNull(eventKey, "eventKey");
  }

  public boolean isRepeatedDeposit() {
    return parentPaymentId != null;
  }
}
