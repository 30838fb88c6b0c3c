package com.thousandproxy.adapters.persistence.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.identity.RateLimit;
import com.thousandproxy.application.identity.RateLimitDecision;
import com.thousandproxy.application.identity.port.out.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class FailOpenRateLimiterTest {

  private final InMemoryRateLimiterTest.MutableClock clock =
      new InMemoryRateLimiterTest.MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final RateLimit twoPerMinute = new RateLimit(2, Duration.ofMinutes(1));
  private final AtomicInteger sharedCalls = new AtomicInteger();

  @Test
  void whileTheSharedLimiterFailsTheLocalOneStillEnforcesTheLimit() {
    RateLimiter down =
        (key, limit, cost) -> {
          sharedCalls.incrementAndGet();
          return Mono.error(new IllegalStateException("Redis is down"));
        };
    FailOpenRateLimiter limiter = limiter(down);

    assertThat(take(limiter).allowed()).isTrue();
    assertThat(limiter.degraded()).isTrue();
    assertThat(take(limiter).allowed()).isTrue();
    assertThat(take(limiter).allowed()).isFalse();
    assertThat(sharedCalls).as("left alone during the pause").hasValue(1);
  }

  @Test
  void aSlowSharedLimiterCountsAsFailing() {
    FailOpenRateLimiter limiter = limiter((key, limit, cost) -> Mono.never());
    assertThat(take(limiter).allowed()).isTrue();
    assertThat(limiter.degraded()).isTrue();
  }

  @Test
  void afterThePauseTheSharedLimiterIsAskedAgainAndTheStateRecovers() {
    AtomicInteger failures = new AtomicInteger(1);
    RateLimiter flaky =
        (key, limit, cost) ->
            failures.getAndDecrement() > 0
                ? Mono.error(new IllegalStateException("blip"))
                : Mono.just(RateLimitDecision.allow(1));
    FailOpenRateLimiter limiter = limiter(flaky);
    take(limiter);
    assertThat(limiter.degraded()).isTrue();
    clock.advance(Duration.ofSeconds(6));
    take(limiter);
    assertThat(limiter.degraded()).isFalse();
  }

  private FailOpenRateLimiter limiter(RateLimiter shared) {
    return new FailOpenRateLimiter(
        shared,
        new InMemoryRateLimiter(clock),
        Duration.ofMillis(100),
        Duration.ofSeconds(5),
        clock);
  }

  private RateLimitDecision take(RateLimiter limiter) {
    return limiter.acquire("api:user:1", twoPerMinute, 1).block();
  }
}
