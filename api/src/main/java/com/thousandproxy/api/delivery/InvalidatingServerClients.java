package com.thousandproxy.api.delivery;

import com.thousandproxy.application.delivery.port.out.SubscriptionCache;
import com.thousandproxy.application.provisioning.NewClient;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.ordering.OrderId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Provisioning's client store with the feed cache kept in step: a client that becomes ACTIVE or is
 * renewed has its cached feed dropped, so an app that polled while it was pending (an empty list)
 * or before the renewal (the old expiry) sees the change on its next poll, not after the TTL.
 */
public final class InvalidatingServerClients implements ServerClientRepository {

  private final ServerClientRepository delegate;
  private final SubscriptionCache cache;

  public InvalidatingServerClients(ServerClientRepository delegate, SubscriptionCache cache) {
    this.delegate = delegate;
    this.cache = cache;
  }

  @Override
  public Mono<List<StoredClient>> findByOrder(OrderId orderId) {
    return delegate.findByOrder(orderId);
  }

  @Override
  public Mono<StoredClient> find(ServerClientId id) {
    return delegate.find(id);
  }

  @Override
  public Mono<Integer> insertPending(List<NewClient> clients, Instant at) {
    return delegate.insertPending(clients, at);
  }

  @Override
  public Mono<Integer> activate(Collection<ServerClientId> ids, Instant at) {
    return delegate
        .activate(ids, at)
        .flatMap(
            moved ->
                Flux.fromIterable(ids).concatMap(cache::invalidateClient).then().thenReturn(moved));
  }

  @Override
  public Mono<Boolean> renew(
      ServerClientId id,
      long expectedVersion,
      Instant expiresAt,
      BandwidthLimit trafficLimit,
      int limitIp,
      Instant at) {
    return delegate
        .renew(id, expectedVersion, expiresAt, trafficLimit, limitIp, at)
        .flatMap(renewed -> cache.invalidateClient(id).thenReturn(renewed));
  }

  @Override
  public Mono<Integer> discardPending(OrderId orderId, Instant at) {
    return delegate.discardPending(orderId, at);
  }
}
