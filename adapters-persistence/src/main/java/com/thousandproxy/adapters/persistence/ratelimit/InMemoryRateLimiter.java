package com.thousandproxy.adapters.persistence.ratelimit;

import com.thousandproxy.application.identity.RateLimit;
import com.thousandproxy.application.identity.RateLimitDecision;
import com.thousandproxy.application.identity.port.out.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Token buckets in this JVM only: the limiter of the demo profile, and the fallback while Redis is
 * unreachable. The same arithmetic as the Redis script; full buckets are forgotten when the map
 * grows large.
 */
public final class InMemoryRateLimiter implements RateLimiter {

  private static final int SWEEP_ABOVE = 50_000;

  private record Bucket(double tokens, long updatedMillis, long periodMillis) {}

  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryRateLimiter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Mono<RateLimitDecision> acquire(String key, RateLimit limit, int cost) {
    return Mono.fromSupplier(() -> take(key, limit, cost));
  }

  private RateLimitDecision take(String key, RateLimit limit, int cost) {
    long now = clock.millis();
    long period = limit.period().toMillis();
    double rate = (double) limit.capacity() / period;
    int needed = Math.max(cost, 1);
    RateLimitDecision[] decision = new RateLimitDecision[1];
    buckets.compute(
        key,
        (k, bucket) -> {
          double tokens = limit.capacity();
          if (bucket != null) {
            long elapsed = Math.max(0, now - bucket.updatedMillis());
            tokens = Math.min(limit.capacity(), bucket.tokens() + elapsed * rate);
          }
          if (tokens >= needed) {
            tokens -= cost;
            decision[0] = RateLimitDecision.allow((long) Math.floor(tokens));
          } else {
            decision[0] =
                RateLimitDecision.deny(
                    Duration.ofMillis((long) Math.ceil((needed - tokens) / rate)));
          }
          return new Bucket(tokens, now, period);
        });
    if (buckets.size() > SWEEP_ABOVE) {
      buckets
          .entrySet()
          .removeIf(e -> now - e.getValue().updatedMillis() >= e.getValue().periodMillis());
    }
    return decision[0];
  }
}
