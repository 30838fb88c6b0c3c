package com.thousandproxy.adapters.persistence.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.adapters.persistence.support.RedisConnections;
import com.thousandproxy.application.panel.port.out.PanelWriteLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import reactor.core.publisher.Mono;

/**
 * The Redis lock on the real Redis at 127.0.0.1:6379, each instance on a Lettuce connection of its
 * own as separate application processes would be: mutual exclusion, letting go on error and cancel,
 * renewal, a dead holder's lease running out, and failing closed without Redis.
 */
class RedisPanelWriteLockIT extends PanelWriteLockContract {

  private final String prefix = "it-panel-write-lock:" + UUID.randomUUID() + ":";
  private final List<LettuceConnectionFactory> connections = new ArrayList<>();

  @Override
  PanelWriteLock instance(Duration lease, Duration maxWait) {
    return new RedisPanelWriteLock(
        RedisConnections.realRedis(connect(RedisConnections.REDIS_PORT)), prefix, lease, maxWait);
  }

  @AfterEach
  void disconnect() {
    connections.forEach(LettuceConnectionFactory::destroy);
  }

  @Test
  void a_holder_that_died_without_letting_go_blocks_the_panel_only_until_its_lease_ran_out() {
    Duration lease = Duration.ofSeconds(2);
    LettuceConnectionFactory doomed = RedisConnections.factory(RedisConnections.REDIS_PORT);
    PanelWriteLock dying =
        new RedisPanelWriteLock(RedisConnections.realRedis(doomed), prefix, lease, WAIT);
    AtomicBoolean holding = new AtomicBoolean();
    dying
        .whileHolding(panel, Mono.fromRunnable(() -> holding.set(true)).then(Mono.never()))
        .subscribe();
    awaitTrue(holding);
    long died = System.nanoTime();
    doomed.destroy(); // the process is gone: no renewal, no release

    String next = instance(lease, WAIT).whileHolding(panel, Mono.just("next")).block(WAIT);
    Duration waited = Duration.ofNanos(System.nanoTime() - died);

    assertThat(next).isEqualTo("next");
    assertThat(waited).isGreaterThan(Duration.ofMillis(1000)).isLessThan(lease.plusSeconds(2));
  }

  @Test
  void without_redis_no_write_starts_and_the_caller_hears_busy() {
    PanelWriteLock unreachable =
        new RedisPanelWriteLock(
            new org.springframework.data.redis.core.ReactiveStringRedisTemplate(
                connect(RedisConnections.CLOSED_PORT)),
            prefix,
            LONG_LEASE,
            Duration.ofSeconds(2));
    AtomicBoolean wrote = new AtomicBoolean();

    assertBusy(unreachable.whileHolding(panel, Mono.fromRunnable(() -> wrote.set(true))));
    assertThat(wrote).isFalse();
  }

  private LettuceConnectionFactory connect(int port) {
    LettuceConnectionFactory factory = RedisConnections.factory(port);
    connections.add(factory);
    return factory;
  }
}
