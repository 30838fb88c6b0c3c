package com.thousandproxy.application.identity;

import java.time.Duration;

/** Too many attempts: the caller must wait {@link #retryAfter()} before trying again. */
public final class RateLimitedException extends RuntimeException {

  private final Duration retryAfter;

  public RateLimitedException(Duration retryAfter) {
    super("too many attempts", null, false, false);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** Whole seconds to wait, rounded up and at least one. */
  public long retryAfterSeconds() {
    long millis = retryAfter.toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }
}
