package com.thousandproxy.adapters.persistence.delivery;

import com.thousandproxy.domain.client.ServerClientId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** The feed cache of one instance (demo profile): bounded maps, entries expire after a TTL. */
public final class InMemoryFeedRowCache implements FeedRowCache {

  private static final int MAX_ENTRIES = 50_000;

  private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
  private final Map<Long, String> hashById = new ConcurrentHashMap<>();
  private final Duration ttl;
  private final Clock clock;

  public InMemoryFeedRowCache(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  @Override
  public Mono<DeliveryRow> get(String tokenHash, Mono<DeliveryRow> loader) {
    return Mono.defer(
        () -> {
          Entry entry = byHash.get(tokenHash);
          if (entry != null && clock.instant().isBefore(entry.expiresAt())) {
            return Mono.just(entry.row());
          }
          return loader.doOnNext(this::put);
        });
  }

  private void put(DeliveryRow row) {
    if (!row.cacheable()) {
      return;
    }
    if (byHash.size() >= MAX_ENTRIES) {
      byHash.clear();
      hashById.clear();
    }
    byHash.put(row.tokenHash(), new Entry(row, clock.instant().plus(ttl)));
    hashById.put(row.id(), row.tokenHash());
  }

  @Override
  public Mono<Void> invalidateClient(ServerClientId id) {
    return Mono.fromRunnable(
        () -> {
          String hash = hashById.remove(id.value());
          if (hash != null) {
            byHash.remove(hash);
          }
        });
  }

  @Override
  public Mono<Void> invalidateAll() {
    return Mono.fromRunnable(
        () -> {
          byHash.clear();
          hashById.clear();
        });
  }

  private record Entry(DeliveryRow row, Instant expiresAt) {}
}
