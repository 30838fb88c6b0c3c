package com.thousandproxy.application.delivery.port.out;

import com.thousandproxy.application.delivery.DeliveredClient;
import com.thousandproxy.application.provisioning.IssuedToken;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.user.UserId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The customers' clients as delivered: each read is one query joining client, inbound, server and
 * plan, and builds the links from the stored inbound settings.
 */
public interface DeliveryRecords {

  /** One client, whatever its status; empty when there is none. */
  Mono<DeliveredClient> find(ServerClientId id);

  /** The client whose subscription token has this SHA-256 hex; empty when none (rotated). */
  Mono<DeliveredClient> findByTokenHash(String tokenHash);

  /** A user's clients except deleted ones, newest first. */
  Mono<Page<DeliveredClient>> findByOwner(UserId owner, PageRequest page);

  /** A user's clients that were delivered and not deleted, oldest first (the account feed). */
  Flux<DeliveredClient> findDeliveredByOwner(UserId owner);

  /** Gives the client a new token; emits false when the client does not exist. */
  Mono<Boolean> replaceSubscriptionToken(ServerClientId id, IssuedToken token);
}
