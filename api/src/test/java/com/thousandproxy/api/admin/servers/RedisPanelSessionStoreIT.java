package com.thousandproxy.api.admin.servers;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.adapters.xui.PanelSession;
import com.thousandproxy.adapters.xui.RedisPanelSessionStore;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The panel session store on the real Redis at 127.0.0.1:6379, and on a Redis that is gone. */
class RedisPanelSessionStoreIT {

  private static final String PANEL = "https://panel.example.com/x7Kq2secret/|admin";

  private final String prefix = "it:" + UUID.randomUUID() + ":panel:";
  private final LettuceConnectionFactory factory = factory(6379);
  private final ReactiveStringRedisTemplate redis = new ReactiveStringRedisTemplate(factory);
  private final RedisPanelSessionStore store =
      new RedisPanelSessionStore(redis, prefix, Duration.ofHours(5));

  @AfterEach
  void close() {
    redis.keys(prefix + "*").flatMap(redis::delete).blockLast(Duration.ofSeconds(5));
    factory.destroy();
  }

  @Test
  void aSavedSessionIsFoundUnderAHashedKeyWithATtlUntilItIsRemoved() {
    var session = new PanelSession(Map.of("3x-ui", "MTc2NjY2"), "csrf-tok");

    store.save(PANEL, session).block();

    assertThat(store.find(PANEL).block()).isEqualTo(session);
    var keys = redis.keys(prefix + "*").collectList().block();
    assertThat(keys).hasSize(1);
    assertThat(keys.get(0)).doesNotContain("x7Kq2secret").matches(".*:[0-9a-f]{64}");
    Duration ttl = redis.getExpire(keys.get(0)).block();
    assertThat(ttl).isPositive().isLessThanOrEqualTo(Duration.ofHours(5));

    store.remove(PANEL).block();
    assertThat(store.find(PANEL).block()).isNull();
  }

  @Test
  void aSessionWithoutCsrfTokenRoundTrips() {
    var session = new PanelSession(Map.of("session", "abc"), null);

    store.save(PANEL, session).block();

    assertThat(store.find(PANEL).block()).isEqualTo(session);
  }

  @Test
  void aRedisThatIsGoneCostsALoginNotAFailedCall() {
    var gone = factory(1);
    var down =
        new RedisPanelSessionStore(
            new ReactiveStringRedisTemplate(gone), prefix, Duration.ofHours(5));
    try {
      down.save(PANEL, new PanelSession(Map.of("3x-ui", "x"), null)).block(Duration.ofSeconds(10));
      assertThat(down.find(PANEL).block(Duration.ofSeconds(10))).isNull();
      down.remove(PANEL).block(Duration.ofSeconds(10));
    } finally {
      gone.destroy();
    }
  }

  private static LettuceConnectionFactory factory(int port) {
    var client =
        LettuceClientConfiguration.builder()
            .commandTimeout(Duration.ofSeconds(2))
            .clientOptions(
                ClientOptions.builder()
                    .autoReconnect(false)
                    .socketOptions(
                        SocketOptions.builder().connectTimeout(Duration.ofMillis(500)).build())
                    .build())
            .build();
    var factory =
        new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port), client);
    factory.afterPropertiesSet();
    factory.start();
    return factory;
  }
}
