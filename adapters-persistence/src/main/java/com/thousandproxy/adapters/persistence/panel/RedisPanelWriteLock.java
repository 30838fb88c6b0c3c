package com.thousandproxy.adapters.persistence.panel;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * The panel write lock shared by every instance through Redis: {@code SET key token NX PX lease}
 * takes it, and Lua scripts extend or delete it only while the key still holds the caller's token,
 * so a writer whose lease ran out can never end the next writer's. Without Redis no write starts
 * (the lock fails closed: a lost edit on the panel is worse than a delayed one).
 */
public final class RedisPanelWriteLock extends LeasedPanelWriteLock {

  private static final RedisScript<Long> EXTEND =
      RedisScript.of(
          """
          if redis.call('GET', KEYS[1]) == ARGV[1] then
            return redis.call('PEXPIRE', KEYS[1], ARGV[2])
          end
          return 0
          """,
          Long.class);
  private static final RedisScript<Long> GIVE_BACK =
      RedisScript.of(
          """
          if redis.call('GET', KEYS[1]) == ARGV[1] then
            return redis.call('DEL', KEYS[1])
          end
          return 0
          """,
          Long.class);

  private final ReactiveStringRedisTemplate redis;
  private final String prefix;

  /**
   * @param prefix namespace of the lock keys, e.g. {@code panel-write-lock:}
   * @param lease how long a holder that stopped renewing blocks the panel
   * @param maxWait how long a writer waits for its turn before the write fails as BUSY
   */
  public RedisPanelWriteLock(
      ReactiveStringRedisTemplate redis, String prefix, Duration lease, Duration maxWait) {
    super(lease, maxWait);
    this.redis = redis;
    this.prefix = prefix;
  }

  @Override
  Mono<Boolean> take(String panel, String token, Duration lease) {
    return redis.opsForValue().setIfAbsent(prefix + panel, token, lease);
  }

  @Override
  Mono<Boolean> extend(String panel, String token, Duration lease) {
    return redis
        .execute(EXTEND, List.of(prefix + panel), List.of(token, String.valueOf(lease.toMillis())))
        .next()
        .map(extended -> extended == 1L);
  }

  @Override
  Mono<Void> giveBack(String panel, String token) {
    return redis.execute(GIVE_BACK, List.of(prefix + panel), List.of(token)).then();
  }
}
