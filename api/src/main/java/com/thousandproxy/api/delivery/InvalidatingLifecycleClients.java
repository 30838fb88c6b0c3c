package com.thousandproxy.api.delivery;

import com.thousandproxy.application.delivery.port.out.SubscriptionCache;
import com.thousandproxy.application.lifecycle.port.out.LifecycleClients;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.server.ServerId;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The lifecycle's client store with the feed cache kept in step: after a stored status change or
 * new usage, the client's cached feed is dropped, so the next {@code /sub} read sees it.
 */
final class InvalidatingLifecycleClients implements LifecycleClients {

  private final LifecycleClients delegate;
  private final SubscriptionCache cache;

  InvalidatingLifecycleClients(LifecycleClients delegate, SubscriptionCache cache) {
    this.delegate = delegate;
    this.cache = cache;
  }

  @Override
  public Flux<StoredClient> dueToExpire(Instant now, int limit) {
    return delegate.dueToExpire(now, limit);
  }

  @Override
  public Flux<StoredClient> dueForDeletion(Instant cutoff, int limit) {
    return delegate.dueForDeletion(cutoff, limit);
  }

  @Override
  public Flux<StoredClient> onServer(ServerId serverId) {
    return delegate.onServer(serverId);
  }

  @Override
  public Flux<ServerId> servers() {
    return delegate.servers();
  }

  @Override
  public Mono<Boolean> move(ServerClientId id, long expectedVersion, ClientStatus to, Instant at) {
    return delegate
        .move(id, expectedVersion, to, at)
        .flatMap(moved -> cache.invalidateClient(id).thenReturn(moved));
  }

  @Override
  public Mono<Void> recordUsage(ServerClientId id, TrafficUsage usage, Instant at) {
    return delegate.recordUsage(id, usage, at).then(cache.invalidateClient(id));
  }
}
