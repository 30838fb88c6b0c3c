package com.thousandproxy.application.delivery.port.out;

import com.thousandproxy.domain.client.ServerClientId;
import reactor.core.publisher.Mono;

/**
 * The cache in front of the subscription feed, keyed by token hash. Whoever changes a client, its
 * server or its usage (lifecycle, traffic sync, admin) calls {@link #invalidateClient} after the
 * change is stored; entries also expire on their own after a short TTL.
 */
public interface SubscriptionCache {

  Mono<Void> invalidateClient(ServerClientId id);

  /** After a server's host or inbounds changed: every cached feed is dropped. */
  Mono<Void> invalidateAll();
}
