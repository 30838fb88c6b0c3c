package com.thousandproxy.api.security;

import com.thousandproxy.application.identity.IdentityLimits;
import com.thousandproxy.application.identity.RateLimit;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.rate-limit.*}: where buckets live and how big they are.
 *
 * @param store {@code redis} (shared, falls back to local while Redis fails) or {@code memory}
 * @param keyPrefix namespace of the Redis keys
 * @param redisTimeout longest wait for Redis before the local limiter answers
 * @param fallbackPause how long Redis is left alone after a failure
 */
@ConfigurationProperties("app.rate-limit")
public record RateLimitProperties(
    @DefaultValue("redis") String store,
    @DefaultValue("rl:") String keyPrefix,
    @DefaultValue("300ms") Duration redisTimeout,
    @DefaultValue("5s") Duration fallbackPause,
    @DefaultValue({"10", "15m"}) Bucket loginFailuresPerIp,
    @DefaultValue({"10", "15m"}) Bucket loginFailuresPerAccount,
    @DefaultValue({"20", "1h"}) Bucket registrationsPerIp,
    @DefaultValue({"300", "1m"}) Bucket api) {

  /** {@code capacity} uses, refilled over {@code period}. */
  public record Bucket(int capacity, Duration period) {

    public RateLimit toLimit() {
      return new RateLimit(capacity, period);
    }
  }

  public IdentityLimits identityLimits() {
    return new IdentityLimits(
        loginFailuresPerIp.toLimit(),
        loginFailuresPerAccount.toLimit(),
        registrationsPerIp.toLimit());
  }
}
