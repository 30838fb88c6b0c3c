package com.thousandproxy.api.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counters the payment code calls: {@code payments.webhook.verification.failures} (Prometheus
 * {@code payments_webhook_verification_failures_total}) by {@code gateway} and {@code reason}, and
 * {@code payments} ({@code payments_total}) by {@code gateway} and the {@code status} a payment
 * reached. Tag values are lower-cased; keep them to a small fixed set (an enum's names), never ids.
 */
public final class PaymentMetrics {

  public static final String VERIFICATION_FAILURES = "payments.webhook.verification.failures";
  public static final String PAYMENTS = "payments";

  private final MeterRegistry registry;

  public PaymentMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** A webhook refused before processing, e.g. reason {@code signature} or {@code malformed}. */
  public void webhookVerificationFailed(String gateway, String reason) {
    Counter.builder(VERIFICATION_FAILURES)
        .description("Payment webhooks refused because they could not be verified")
        .tag("gateway", MeterTags.value(gateway))
        .tag("reason", MeterTags.value(reason))
        .register(registry)
        .increment();
  }

  /**
   * A payment moved to {@code status} (e.g. {@code waiting}, {@code finished}, {@code expired}).
   */
  public void statusReached(String gateway, String status) {
    Counter.builder(PAYMENTS)
        .description("Payments that reached a status")
        .tag("gateway", MeterTags.value(gateway))
        .tag("status", MeterTags.value(status))
        .register(registry)
        .increment();
  }
}
