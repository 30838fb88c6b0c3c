package com.thousandproxy.adapters.persistence.catalog;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog cache shared by all instances, in Redis as JSON with a TTL. Keys are {@code
 * <prefix>:<generation>:<entry>}; invalidation increments {@code <prefix>:generation}, so it is
 * O(1) and old entries simply expire. Redis trouble is logged and the loader answers instead.
 */
public final class RedisCatalogCache extends CatalogCacheSupport {

  public static final String DEFAULT_PREFIX = "catalog";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);

  private static final Logger log = LoggerFactory.getLogger(RedisCatalogCache.class);

  private final ReactiveStringRedisTemplate redis;
  private final String prefix;
  private final Duration ttl;
  private final Duration timeout;
  private final JsonMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  public RedisCatalogCache(ReactiveStringRedisTemplate redis, Duration ttl) {
    this(redis, DEFAULT_PREFIX, ttl, DEFAULT_TIMEOUT);
  }

  /**
   * @param prefix namespace of all keys, e.g. {@code catalog}
   * @param timeout longest wait for one Redis command before falling back to the loader
   */
  public RedisCatalogCache(
      ReactiveStringRedisTemplate redis, String prefix, Duration ttl, Duration timeout) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive");
    }
    this.redis = redis;
    this.prefix = prefix;
    this.ttl = ttl;
    this.timeout = timeout;
  }

  @Override
  <T> Mono<T> lookup(CatalogEntry<T> entry, Mono<T> loader) {
    return redis
        .opsForValue()
        .get(generationKey())
        .defaultIfEmpty("0")
        .map(generation -> prefix + ":" + generation + ":" + entry.key())
        .flatMap(
            key ->
                redis
                    .opsForValue()
                    .get(key)
                    .map(text -> new Cached(key, text))
                    .defaultIfEmpty(new Cached(key, null)))
        .timeout(timeout)
        .onErrorResume(
            e -> {
              log.warn("catalog cache unavailable, reading the store: {}", e.toString());
              return Mono.just(Cached.UNAVAILABLE);
            })
        .flatMap(
            cached ->
                cached.json() == null ? load(cached.key(), loader) : decode(cached, entry, loader));
  }

  @Override
  public Mono<Void> invalidateAll() {
    return redis
        .opsForValue()
        .increment(generationKey())
        .timeout(timeout)
        .doOnError(e -> log.error("catalog cache not invalidated, entries live until their TTL", e))
        .onErrorResume(e -> Mono.empty())
        .then();
  }

  private String generationKey() {
    return prefix + ":generation";
  }

  private <T> Mono<T> decode(Cached cached, CatalogEntry<T> entry, Mono<T> loader) {
    try {
      return Mono.just(json.readValue(cached.json(), entry.type()));
    } catch (JacksonException e) {
      log.warn(
          "unreadable catalog cache entry {}, reloading: {}", cached.key(), e.getOriginalMessage());
      return load(cached.key(), loader);
    }
  }

  /** Runs the loader and stores what it emits under {@code key}, unless Redis is unavailable. */
  private <T> Mono<T> load(String key, Mono<T> loader) {
    if (key == null) {
      return loader;
    }
    return loader.flatMap(value -> store(key, value).thenReturn(value));
  }

  private Mono<Void> store(String key, Object value) {
    return Mono.fromCallable(() -> json.writeValueAsString(value))
        .flatMap(text -> redis.opsForValue().set(key, text, ttl))
        .timeout(timeout)
        .doOnError(e -> log.warn("catalog cache entry {} not stored: {}", key, e.toString()))
        .onErrorResume(e -> Mono.empty())
        .then();
  }

  /** What Redis answered for one entry: its key and text (null on a miss); no key when down. */
  private record Cached(String key, String json) {

    static final Cached UNAVAILABLE = new Cached(null, null);
  }
}
