package com.thousandproxy.adapters.persistence.ratelimit;

import com.thousandproxy.application.identity.RateLimit;
import com.thousandproxy.application.identity.RateLimitDecision;
import com.thousandproxy.application.identity.port.out.RateLimiter;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Token buckets in Redis, shared by every instance. One Lua script reads, refills and takes in a
 * single atomic step, timed by the Redis server's clock; an idle bucket expires once it would be
 * full again.
 */
public final class RedisRateLimiter implements RateLimiter {

  @SuppressWarnings("rawtypes")
  private static final RedisScript<List> TOKEN_BUCKET =
      RedisScript.of(
          """
          local capacity = tonumber(ARGV[1])
          local period = tonumber(ARGV[2])
          local cost = tonumber(ARGV[3])
          local time = redis.call('TIME')
          local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
          local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
          local tokens = tonumber(state[1])
          local ts = tonumber(state[2])
          if tokens == nil or ts == nil then
            tokens = capacity
            ts = now
          end
          local rate = capacity / period
          if now > ts then
            tokens = math.min(capacity, tokens + (now - ts) * rate)
          end
          local needed = math.max(cost, 1)
          local allowed = 0
          local wait = 0
          if tokens >= needed then
            tokens = tokens - cost
            allowed = 1
          else
            wait = math.ceil((needed - tokens) / rate)
          end
          redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
          redis.call('PEXPIRE', KEYS[1], period)
          return {allowed, math.floor(tokens), wait}
          """,
          List.class);

  private final ReactiveStringRedisTemplate redis;
  private final String keyPrefix;

  /**
   * @param keyPrefix namespace of the bucket keys, e.g. {@code rl:}
   */
  public RedisRateLimiter(ReactiveStringRedisTemplate redis, String keyPrefix) {
    this.redis = redis;
    this.keyPrefix = keyPrefix;
  }

  @Override
  public Mono<RateLimitDecision> acquire(String key, RateLimit limit, int cost) {
    return redis
        .execute(
            TOKEN_BUCKET,
            List.of(keyPrefix + key),
            List.of(
                String.valueOf(limit.capacity()),
                String.valueOf(limit.period().toMillis()),
                String.valueOf(cost)))
        .next()
        .map(RedisRateLimiter::decision);
  }

  private static RateLimitDecision decision(List<?> reply) {
    long allowed = ((Number) reply.get(0)).longValue();
    long remaining = ((Number) reply.get(1)).longValue();
    long waitMillis = ((Number) reply.get(2)).longValue();
    return allowed == 1
        ? RateLimitDecision.allow(remaining)
        : RateLimitDecision.deny(Duration.ofMillis(waitMillis));
  }
}
