package com.thousandproxy.adapters.persistence.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Mono;

/**
 * The catalog cache of a single instance (demo profile): entries live for a TTL, invalidation
 * starts a new generation, and a full cache is emptied rather than allowed to grow without bound.
 */
public final class InMemoryCatalogCache extends CatalogCacheSupport {

  public static final int DEFAULT_MAX_ENTRIES = 10_000;

  private final Duration ttl;
  private final Clock clock;
  private final int maxEntries;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  public InMemoryCatalogCache(Duration ttl, Clock clock) {
    this(ttl, clock, DEFAULT_MAX_ENTRIES);
  }

  public InMemoryCatalogCache(Duration ttl, Clock clock, int maxEntries) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive");
    }
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive");
    }
    this.ttl = ttl;
    this.clock = clock;
    this.maxEntries = maxEntries;
  }

  @Override
  @SuppressWarnings("unchecked")
  <T> Mono<T> lookup(CatalogEntry<T> entry, Mono<T> loader) {
    return Mono.defer(
        () -> {
          long current = generation.get();
          Entry cached = entries.get(entry.key());
          if (cached != null && cached.isFresh(current, clock.instant())) {
            return Mono.just((T) cached.value());
          }
          return loader.doOnNext(value -> store(entry.key(), value, current));
        });
  }

  @Override
  public Mono<Void> invalidateAll() {
    return Mono.fromRunnable(
        () -> {
          generation.incrementAndGet();
          entries.clear();
        });
  }

  private void store(String key, Object value, long loadedInGeneration) {
    if (generation.get() != loadedInGeneration) {
      return; // invalidated while loading: the value may already be stale
    }
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    entries.put(key, new Entry(value, clock.instant().plus(ttl), loadedInGeneration));
  }

  private record Entry(Object value, Instant expiresAt, long generation) {

    boolean isFresh(long currentGeneration, Instant now) {
      return generation == currentGeneration && now.isBefore(expiresAt);
    }
  }
}
