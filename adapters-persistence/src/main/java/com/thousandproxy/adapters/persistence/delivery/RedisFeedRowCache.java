package com.thousandproxy.adapters.persistence.delivery;

import com.thousandproxy.domain.client.ServerClientId;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feed cache shared by all instances: {@code <prefix>:<generation>:h:<token hash>} holds the
 * row as JSON, {@code <prefix>:c:<client id>} the key it is cached under, both with the TTL.
 * Invalidating a client deletes both; invalidating all bumps the generation. Redis trouble falls
 * back to the store.
 */
public final class RedisFeedRowCache implements FeedRowCache {

  private static final Logger log = LoggerFactory.getLogger(RedisFeedRowCache.class);
  private static final Duration TIMEOUT = Duration.ofMillis(500);

  private final ReactiveStringRedisTemplate redis;
  private final String prefix;
  private final Duration ttl;
  private final JsonMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public RedisFeedRowCache(ReactiveStringRedisTemplate redis, String prefix, Duration ttl) {
    this.redis = redis;
    this.prefix = prefix;
    this.ttl = ttl;
  }

  @Override
  public Mono<DeliveryRow> get(String tokenHash, Mono<DeliveryRow> loader) {
    return redis
        .opsForValue()
        .get(prefix + ":generation")
        .defaultIfEmpty("0")
        .map(generation -> prefix + ":" + generation + ":h:" + tokenHash)
        .flatMap(key -> redis.opsForValue().get(key).map(this::decode).defaultIfEmpty(miss(key)))
        .timeout(TIMEOUT)
        .onErrorResume(
            e -> {
              log.warn("subscription cache unavailable, reading the store: {}", e.toString());
              return Mono.just(Cached.UNAVAILABLE);
            })
        .flatMap(cached -> cached.row() != null ? Mono.just(cached.row()) : load(cached, loader));
  }

  private Mono<DeliveryRow> load(Cached cached, Mono<DeliveryRow> loader) {
    if (cached.key() == null) {
      return loader;
    }
    return loader.flatMap(
        row -> row.cacheable() ? store(cached.key(), row).thenReturn(row) : Mono.just(row));
  }

  private Mono<Void> store(String key, DeliveryRow row) {
    return redis
        .opsForValue()
        .set(key, json.writeValueAsString(row), ttl)
        .then(redis.opsForValue().set(pointer(row.id()), key, ttl))
        .timeout(TIMEOUT)
        .onErrorResume(e -> Mono.just(false))
        .then();
  }

  private Cached decode(String text) {
    try {
      return new Cached(null, json.readValue(text, DeliveryRow.class));
    } catch (JacksonException e) {
      return Cached.UNAVAILABLE;
    }
  }

  private static Cached miss(String key) {
    return new Cached(key, null);
  }

  @Override
  public Mono<Void> invalidateClient(ServerClientId id) {
    String pointer = pointer(id.value());
    return redis
        .opsForValue()
        .get(pointer)
        .flatMap(key -> redis.delete(key, pointer))
        .timeout(TIMEOUT)
        .doOnError(e -> log.error("subscription cache entry of client {} kept", id.value(), e))
        .onErrorResume(e -> Mono.empty())
        .then();
  }

  @Override
  public Mono<Void> invalidateAll() {
    return redis
        .opsForValue()
        .increment(prefix + ":generation")
        .timeout(TIMEOUT)
        .onErrorResume(e -> Mono.empty())
        .then();
  }

  private String pointer(long clientId) {
    return prefix + ":c:" + clientId;
  }

  /** A lookup's result: the row when found, else the key to cache under (null: do not cache). */
  private record Cached(String key, DeliveryRow row) {
    static final Cached UNAVAILABLE = new Cached(null, null);
  }
}
