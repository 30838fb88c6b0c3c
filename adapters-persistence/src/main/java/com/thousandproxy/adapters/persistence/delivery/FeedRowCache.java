package com.thousandproxy.adapters.persistence.delivery;

import com.thousandproxy.application.delivery.port.out.SubscriptionCache;
import reactor.core.publisher.Mono;

/**
 * The subscription cache as the records adapter uses it: stored rows by token hash, with a pointer
 * from the client id to its current hash so that {@link #invalidateClient} finds the entry.
 */
public interface FeedRowCache extends SubscriptionCache {

  /** The cached row of this token hash, else what {@code loader} finds (then cached). */
  Mono<DeliveryRow> get(String tokenHash, Mono<DeliveryRow> loader);
}
