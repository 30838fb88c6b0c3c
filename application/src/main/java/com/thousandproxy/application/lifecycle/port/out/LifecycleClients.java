package com.thousandproxy.application.lifecycle.port.out;

import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.server.ServerId;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The server clients as the lifecycle jobs see them: who is due to expire or to be deleted, who
 * lives on a server, and compare-and-set status moves and usage updates.
 */
public interface LifecycleClients {

  /**
   * ACTIVE or SUSPENDED clients whose expiry is at or before {@code now}, at most {@code limit}.
   */
  Flux<StoredClient> dueToExpire(Instant now, int limit);

  /** EXPIRED clients that expired at or before {@code cutoff}, at most {@code limit}. */
  Flux<StoredClient> dueForDeletion(Instant cutoff, int limit);

  /** Every client placed on the server, whatever its status. */
  Flux<StoredClient> onServer(ServerId serverId);

  /** The active servers whose panels are synchronised. */
  Flux<ServerId> servers();

  /** Moves the client to {@code to} if it is still at {@code expectedVersion}; false otherwise. */
  Mono<Boolean> move(ServerClientId id, long expectedVersion, ClientStatus to, Instant at);

  /** Stores the panel's counters and the day's traffic snapshot (one row per client and day). */
  Mono<Void> recordUsage(ServerClientId id, TrafficUsage usage, Instant at);
}
