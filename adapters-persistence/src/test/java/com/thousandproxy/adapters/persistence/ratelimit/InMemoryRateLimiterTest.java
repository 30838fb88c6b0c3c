package com.thousandproxy.adapters.persistence.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.identity.RateLimit;
import com.thousandproxy.application.identity.RateLimitDecision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);
  private final RateLimit tenPerQuarterHour = new RateLimit(10, Duration.ofMinutes(15));

  @Test
  void aBucketAllowsItsCapacityThenRefusesWithTheWaitUntilOneTokenIsBack() {
    for (int i = 0; i < 10; i++) {
      assertThat(take(1).allowed()).isTrue();
    }
    RateLimitDecision refused = take(1);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void aZeroCostOnlyLooksAndTakesNothing() {
    for (int i = 0; i < 5; i++) {
      assertThat(take(0).allowed()).isTrue();
    }
    assertThat(take(0).remaining()).isEqualTo(10);
  }

  @Test
  void tokensComeBackEvenlyOverThePeriod() {
    for (int i = 0; i < 10; i++) {
      take(1);
    }
    clock.advance(Duration.ofSeconds(90));
    assertThat(take(1).allowed()).isTrue();
    assertThat(take(1).allowed()).isFalse();
  }

  @Test
  void keysHaveBucketsOfTheirOwn() {
    for (int i = 0; i < 10; i++) {
      take(1);
    }
    assertThat(limiter.acquire("other", tenPerQuarterHour, 1).block().allowed()).isTrue();
  }

  private RateLimitDecision take(int cost) {
    return limiter.acquire("login:1.2.3.4", tenPerQuarterHour, cost).block();
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {

    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
