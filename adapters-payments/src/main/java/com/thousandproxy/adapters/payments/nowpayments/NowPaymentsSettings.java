package com.thousandproxy.adapters.payments.nowpayments;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach NowPayments ({@code app.payments.nowpayments.*}). Secrets are trimmed (as the
 * official SDK does) and never printed by {@link #toString()}.
 *
 * @param baseUrl {@code https://api.nowpayments.io} or the sandbox {@code
 *     https://api-sandbox.nowpayments.io}; a trailing {@code /v1} is accepted and dropped
 * @param outcomeCurrency the ticker asked for as {@code currency_to} of the minimum amount; null
 *     asks for the pay currency itself
 * @param fixedRate sends {@code is_fixed_rate} on creates and minimum checks alike
 * @param feePaidByUser sends {@code is_fee_paid_by_user} on creates and minimum checks alike
 * @param callTimeout the most one HTTP call may take (also the connect and response timeouts)
 * @param readAttempts attempts for reads (status, minimum) on outages; creates are never retried
 * @param retryWait the wait between two read attempts
 * @param breakerWindow how many recent calls the circuit breaker judges (count-based window)
 * @param breakerFailureRatePercent failure rate of that window that opens the circuit
 * @param breakerOpenFor how long an open circuit refuses calls before letting a probe through
 */
public record NowPaymentsSettings(
    URI baseUrl,
    String apiKey,
    String ipnSecret,
    String outcomeCurrency,
    boolean fixedRate,
    boolean feePaidByUser,
    Duration callTimeout,
    int readAttempts,
    Duration retryWait,
    int breakerWindow,
    int breakerFailureRatePercent,
    Duration breakerOpenFor) {

  public static final URI PRODUCTION = URI.create("https://api.nowpayments.io");
  public static final URI SANDBOX = URI.create("https://api-sandbox.nowpayments.io");

  public NowPaymentsSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", "").replaceAll("/v1$", ""));
    apiKey = requireSecret(apiKey, "apiKey");
    ipnSecret = requireSecret(ipnSecret, "ipnSecret");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(retryWait, "retryWait");
    Objects.requireNonNull(breakerOpenFor, "breakerOpenFor");
    if (readAttempts < 1 || breakerWindow < 1) {
      throw new IllegalArgumentException("readAttempts and breakerWindow must be at least 1");
    }
    if (breakerFailureRatePercent < 1 || breakerFailureRatePercent > 100) {
      throw new IllegalArgumentException("breakerFailureRatePercent must be within 1..100");
    }
  }

  /**
   * Production-minded defaults: 10 s per call, 3 read attempts 500 ms apart, the circuit opens at
   * 50% failures of the last 10 calls for 30 s.
   */
  public static NowPaymentsSettings of(URI baseUrl, String apiKey, String ipnSecret) {
    return new NowPaymentsSettings(
        baseUrl,
        apiKey,
        ipnSecret,
        null,
        false,
        false,
        Duration.ofSeconds(10),
        3,
        Duration.ofMillis(500),
        10,
        50,
        Duration.ofSeconds(30));
  }

  private static String requireSecret(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("app.payments.nowpayments " + name + " is not configured");
    }
    return value.trim();
  }

  @Override
  public String toString() {
    return "NowPaymentsSettings[baseUrl="
        + baseUrl
        + ", apiKey=***, ipnSecret=***"
        + ", outcomeCurrency="
        + outcomeCurrency
        + ", fixedRate="
        + fixedRate
        + ", feePaidByUser="
        + feePaidByUser
        + ", callTimeout="
        + callTimeout
        + ", readAttempts="
        + readAttempts
        + ", retryWait="
        + retryWait
        + ", breakerWindow="
        + breakerWindow
        + ", breakerFailureRatePercent="
        + breakerFailureRatePercent
        + ", breakerOpenFor="
        + breakerOpenFor
        + "]";
  }
}
