package com.thousandproxy.application.payment;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How checkouts and reconciliation behave ({@code app.payments.*}).
 *
 * @param ipnCallbackUrl where the gateway posts its notifications
 * @param defaultPayCurrency the coin when the customer names none, e.g. {@code usdttrc20}
 * @param idempotencyTtl how long an {@code Idempotency-Key} replays its first result
 * @param lateDepositWindow how long expired payments are still polled for late deposits
 * @param pollSpacing the least time between two polls of one payment
 * @param pollBatch how many payments one reconciliation run polls at most
 */
public record PaymentSettings(
    URI ipnCallbackUrl,
    String defaultPayCurrency,
    PartialPaymentPolicy partialPaymentPolicy,
    Duration idempotencyTtl,
    Duration lateDepositWindow,
    Duration pollSpacing,
    int pollBatch) {

  public PaymentSettings {
    Objects.requireNonNull(ipnCallbackUrl, "ipnCallbackUrl");
    Objects.requireNonNull(defaultPayCurrency, "defaultPayCurrency");
    Objects.requireNonNull(partialPaymentPolicy, "partialPaymentPolicy");
    Objects.requireNonNull(idempotencyTtl, "idempotencyTtl");
    Objects.requireNonNull(lateDepositWindow, "lateDepositWindow");
    Objects.requireNonNull(pollSpacing, "pollSpacing");
    if (pollBatch < 1) {
      throw new IllegalArgumentException("pollBatch must be at least 1");
    }
  }
}
