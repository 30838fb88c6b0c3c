package com.thousandproxy.application.provisioning.port.out;

import com.thousandproxy.application.provisioning.NewClient;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.ordering.OrderId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The customers' server clients. A unit (order item, unit index) has at most one client ever: a
 * second insert for the same unit changes nothing. Updates are compare-and-set on status or version
 * and bump the version.
 */
public interface ServerClientRepository {

  /** The clients an order created, in unit order. */
  Mono<List<StoredClient>> findByOrder(OrderId orderId);

  /** One client; empty when there is none. */
  Mono<StoredClient> find(ServerClientId id);

  /** Inserts the clients whose unit has none yet; emits how many were inserted. */
  Mono<Integer> insertPending(List<NewClient> clients, Instant at);

  /** PENDING → ACTIVE for these clients; emits how many moved. */
  Mono<Integer> activate(Collection<ServerClientId> ids, Instant at);

  /**
   * A renewal: ACTIVE with the new expiry and limits and no traffic used, if the client is still at
   * {@code expectedVersion}; false otherwise.
   */
  Mono<Boolean> renew(
      ServerClientId id,
      long expectedVersion,
      Instant expiresAt,
      BandwidthLimit trafficLimit,
      int limitIp,
      Instant at);

  /** The order's clients still PENDING become DELETED (it gave up); emits how many. */
  Mono<Integer> discardPending(OrderId orderId, Instant at);
}
