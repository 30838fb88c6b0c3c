package com.thousandproxy.api.security;

import com.thousandproxy.adapters.persistence.ratelimit.FailOpenRateLimiter;
import com.thousandproxy.application.identity.port.out.RateLimiter;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Shows whether rate limits are shared through Redis or, while Redis fails, kept per instance. The
 * degraded state has its own status code, which does not take the application out of service.
 */
final class RateLimiterHealthIndicator implements HealthIndicator {

  static final Status DEGRADED = new Status("DEGRADED", "Redis unreachable: limits per instance");

  private final RateLimiter limiter;

  RateLimiterHealthIndicator(RateLimiter limiter) {
    this.limiter = limiter;
  }

  @Override
  public Health health() {
    if (!(limiter instanceof FailOpenRateLimiter shared)) {
      return Health.up().withDetail("store", "memory").build();
    }
    return shared.degraded()
        ? Health.status(DEGRADED).withDetail("store", "local fallback").build()
        : Health.up().withDetail("store", "redis").build();
  }
}
