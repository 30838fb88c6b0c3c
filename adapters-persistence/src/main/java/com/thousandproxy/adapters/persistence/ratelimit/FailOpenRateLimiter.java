package com.thousandproxy.adapters.persistence.ratelimit;

import com.thousandproxy.application.identity.RateLimit;
import com.thousandproxy.application.identity.RateLimitDecision;
import com.thousandproxy.application.identity.port.out.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The shared limiter, and a local one while the shared one fails: limits keep holding per instance,
 * and the API keeps answering. After a failure the shared limiter is left alone for a short pause
 * instead of making every request wait for its timeout.
 */
public final class FailOpenRateLimiter implements RateLimiter {

  private static final Logger log = LoggerFactory.getLogger(FailOpenRateLimiter.class);

  private final RateLimiter shared;
  private final RateLimiter local;
  private final Duration timeout;
  private final Duration pause;
  private final Clock clock;
  private final AtomicLong degradedUntil = new AtomicLong(Long.MIN_VALUE);
  private volatile boolean degraded;

  public FailOpenRateLimiter(
      RateLimiter shared, RateLimiter local, Duration timeout, Duration pause, Clock clock) {
    this.shared = shared;
    this.local = local;
    this.timeout = timeout;
    this.pause = pause;
    this.clock = clock;
  }

  @Override
  public Mono<RateLimitDecision> acquire(String key, RateLimit limit, int cost) {
    if (clock.millis() < degradedUntil.get()) {
      return local.acquire(key, limit, cost);
    }
    return shared
        .acquire(key, limit, cost)
        .timeout(timeout)
        .doOnNext(
            ok -> {
              if (degraded) {
                degraded = false;
                log.info("Rate limiting is shared again (Redis answers)");
              }
            })
        .onErrorResume(
            error -> {
              degradedUntil.set(clock.millis() + pause.toMillis());
              if (!degraded) {
                degraded = true;
                log.warn(
                    "Rate limiting falls back to this instance only: {}",
                    error.getClass().getSimpleName());
              }
              return local.acquire(key, limit, cost);
            });
  }

  /** Whether the last attempt to reach the shared limiter failed. */
  public boolean degraded() {
    return degraded;
  }
}
