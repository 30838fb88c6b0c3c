package com.thousandproxy.application.identity;

import java.time.Duration;

/** Whether a use may go ahead; when not, how long until it may. */
public record RateLimitDecision(boolean allowed, long remaining, Duration retryAfter) {

  public static RateLimitDecision allow(long remaining) {
    return new RateLimitDecision(true, remaining, Duration.ZERO);
  }

  public static RateLimitDecision deny(Duration retryAfter) {
    return new RateLimitDecision(false, 0, retryAfter);
  }
}
