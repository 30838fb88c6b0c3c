package com.thousandproxy.adapters.persistence.delivery;

import com.thousandproxy.domain.client.ServerClientId;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Mono;

/**
 * A {@link FeedRowCache} that tells {@link Reads} whether each read was a hit or a miss: a miss
 * when the cache had to run the loader (an absent entry, or the cache itself failing). Lives here
 * because the rows it passes through are this adapter's own.
 */
public final class CountedFeedRowCache implements FeedRowCache {

  /** Hears each feed cache read. */
  public interface Reads {
    void read(boolean hit);
  }

  private final FeedRowCache delegate;
  private final Reads reads;

  public CountedFeedRowCache(FeedRowCache delegate, Reads reads) {
    this.delegate = delegate;
    this.reads = reads;
  }

  @Override
  public Mono<DeliveryRow> get(String tokenHash, Mono<DeliveryRow> loader) {
    return Mono.defer(
        () -> {
          AtomicBoolean loaded = new AtomicBoolean();
          return delegate
              .get(tokenHash, loader.doOnSubscribe(s -> loaded.set(true)))
              .doOnTerminate(() -> reads.read(!loaded.get()));
        });
  }

  @Override
  public Mono<Void> invalidateClient(ServerClientId id) {
    return delegate.invalidateClient(id);
  }

  @Override
  public Mono<Void> invalidateAll() {
    return delegate.invalidateAll();
  }
}
