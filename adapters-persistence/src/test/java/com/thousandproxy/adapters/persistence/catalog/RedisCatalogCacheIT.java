package com.thousandproxy.adapters.persistence.catalog;

import static com.thousandproxy.adapters.persistence.catalog.CatalogViews.aPageOf;
import static com.thousandproxy.adapters.persistence.catalog.CatalogViews.aPlan;
import static com.thousandproxy.adapters.persistence.catalog.PlanQueryBuilder.aQuery;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.adapters.persistence.support.RedisConnections;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.catalog.port.out.CatalogCache;
import com.thousandproxy.application.shared.Page;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/** The cache contract on the real Redis, each test under a key prefix of its own. */
class RedisCatalogCacheIT extends CatalogCacheContract {

  private static final Duration TTL = Duration.ofMinutes(5);

  private static LettuceConnectionFactory factory;
  private static ReactiveStringRedisTemplate redis;
  private final String prefix = "it-catalog-" + UUID.randomUUID();

  @BeforeAll
  static void connect() {
    factory = RedisConnections.factory(RedisConnections.REDIS_PORT);
    redis = RedisConnections.realRedis(factory);
  }

  @AfterAll
  static void disconnect() {
    factory.destroy();
  }

  @AfterEach
  void deleteKeys() {
    redis.keys(prefix + ":*").flatMap(redis::delete).blockLast();
  }

  @Override
  CatalogCache cache() {
    return new RedisCatalogCache(redis, prefix, TTL, Duration.ofSeconds(1));
  }

  @Test
  void entriesAreJsonUnderTheCurrentGenerationWithTheTtl() {
    cache().plan(4, Mono.just(aPlan(4))).block();

    String key = prefix + ":0:plan:4";
    assertThat(redis.opsForValue().get(key).block()).contains("\"SHADOWSOCKS\"", "39.00");
    assertThat(redis.getExpire(key).block()).isPositive().isLessThanOrEqualTo(TTL);
  }

  @Test
  void invalidationOnlyMovesTheGenerationOn() {
    CatalogCache cache = cache();
    cache.plan(4, Mono.just(aPlan(4))).block();

    cache.invalidateAll().block();
    cache.invalidateAll().block();

    assertThat(redis.opsForValue().get(prefix + ":generation").block()).isEqualTo("2");
    assertThat(cache.plan(4, Mono.just(aPlan(5))).block()).isEqualTo(aPlan(5));
  }

  @Test
  void anInstanceSeesWhatAnotherInstanceCachedAndInvalidated() {
    CatalogCache one = cache();
    CatalogCache other = cache();
    one.plans(aQuery().build(), Mono.just(aPageOf(1))).block();

    Page<PlanView> seen = other.plans(aQuery().build(), Mono.just(aPageOf(2))).block();
    one.invalidateAll().block();

    assertThat(seen).isEqualTo(aPageOf(1));
    assertThat(other.plans(aQuery().build(), Mono.just(aPageOf(3))).block()).isEqualTo(aPageOf(3));
  }

  @Test
  void anUnreadableEntryIsLoadedAgainAndReplaced() {
    redis.opsForValue().set(prefix + ":0:plan:6", "{not json").block();
    Loader<PlanView> loader = new Loader<>(() -> aPlan(6));

    assertThat(cache().plan(6, loader.mono()).block()).isEqualTo(aPlan(6));
    assertThat(cache().plan(6, loader.mono()).block()).isEqualTo(aPlan(6));
    assertThat(loader.calls()).isEqualTo(1);
  }

  @Test
  void whenRedisIsDownEveryReadFallsBackToTheLoaderAndInvalidationStillCompletes() {
    LettuceConnectionFactory down = RedisConnections.factory(RedisConnections.CLOSED_PORT);
    try {
      CatalogCache cache =
          new RedisCatalogCache(
              new ReactiveStringRedisTemplate(down), prefix, TTL, Duration.ofMillis(500));
      Loader<Page<PlanView>> loader = new Loader<>(() -> aPageOf(1, 2));

      assertThat(cache.plans(aQuery().build(), loader.mono()).block()).isEqualTo(aPageOf(1, 2));
      assertThat(cache.plans(aQuery().build(), loader.mono()).block()).isEqualTo(aPageOf(1, 2));
      cache.invalidateAll().block(Duration.ofSeconds(5));

      assertThat(loader.calls()).isEqualTo(2);
    } finally {
      down.destroy();
    }
  }
}
