package com.thousandproxy.application.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket: at most {@code capacity} uses at once, refilled evenly so that {@code capacity}
 * uses come back per {@code period}.
 */
public record RateLimit(int capacity, Duration period) {

  public RateLimit {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    Objects.requireNonNull(period, "period");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive");
    }
  }
}
