package com.thousandproxy.adapters.xui;

import java.time.Duration;
import java.util.Objects;

/**
 * Knobs of the 3x-ui adapter, applied per panel: each panel gets its own circuit breaker, bulkhead
 * and retry with these values.
 *
 * @param connectTimeout TCP connect timeout
 * @param callTimeout limit for one HTTP call (login, list, add ...), queueing excluded
 * @param maxConcurrentCalls bulkhead: HTTP calls in flight to one panel; more are refused at once
 * @param failureRateThreshold percentage of failed calls that opens the breaker
 * @param slidingWindowSize calls the failure rate is computed over
 * @param minimumNumberOfCalls calls needed before the breaker may open
 * @param openStateWait how long an open breaker refuses calls before letting probes through
 * @param maxAttempts attempts for reads and for lookup-guarded writes (1 = no retry)
 * @param retryBackoff wait between attempts
 */
public record XuiSettings(
    Duration connectTimeout,
    Duration callTimeout,
    int maxConcurrentCalls,
    float failureRateThreshold,
    int slidingWindowSize,
    int minimumNumberOfCalls,
    Duration openStateWait,
    int maxAttempts,
    Duration retryBackoff) {

  public XuiSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(openStateWait, "openStateWait");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    if (maxConcurrentCalls < 1 || maxAttempts < 1 || slidingWindowSize < 1) {
      throw new IllegalArgumentException("concurrency, attempts and window must be at least 1");
    }
    if (failureRateThreshold <= 0 || failureRateThreshold > 100) {
      throw new IllegalArgumentException("failureRateThreshold must be in (0, 100]");
    }
    minimumNumberOfCalls = Math.max(1, minimumNumberOfCalls);
  }

  public static XuiSettings defaults() {
    return new XuiSettings(
        Duration.ofSeconds(5),
        Duration.ofSeconds(15),
        4,
        50f,
        20,
        10,
        Duration.ofSeconds(30),
        3,
        Duration.ofMillis(500));
  }

  public XuiSettings withCallTimeout(Duration timeout) {
    return new XuiSettings(
        connectTimeout,
        timeout,
        maxConcurrentCalls,
        failureRateThreshold,
        slidingWindowSize,
        minimumNumberOfCalls,
        openStateWait,
        maxAttempts,
        retryBackoff);
  }

  public XuiSettings withRetry(int attempts, Duration backoff) {
    return new XuiSettings(
        connectTimeout,
        callTimeout,
        maxConcurrentCalls,
        failureRateThreshold,
        slidingWindowSize,
        minimumNumberOfCalls,
        openStateWait,
        attempts,
        backoff);
  }

  public XuiSettings withBreaker(int window, int minimumCalls, Duration openWait) {
    return new XuiSettings(
        connectTimeout,
        callTimeout,
        maxConcurrentCalls,
        failureRateThreshold,
        window,
        minimumCalls,
        openWait,
        maxAttempts,
        retryBackoff);
  }
}
