package com.thousandproxy.application.server.port.out;

import com.thousandproxy.application.server.StoredInbound;
import com.thousandproxy.application.server.SyncedInbound;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Keeps each server's inbounds as last read from its panel. */
public interface InboundRepository {

  /**
   * Stores what the panel has now: inserts new inbounds, updates known ones (matched by the panel's
   * inbound number) and disables those the panel no longer has. Rows are never deleted: plans and
   * clients keep pointing at them. Run it in a transaction.
   */
  Mono<Void> replaceFromPanel(ServerId server, List<SyncedInbound> inbounds, Instant at);

  /** The server's inbounds, enabled or not, by panel inbound number. */
  Flux<StoredInbound> findByServer(ServerId server);

  /** The inbounds among these ids that exist. */
  Flux<StoredInbound> findAllById(Collection<InboundId> ids);

  /** The inbound, or empty. */
  Mono<StoredInbound> findById(InboundId id);
}
