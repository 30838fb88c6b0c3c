package com.thousandproxy.application.server.port.out;

import com.thousandproxy.application.server.NewServer;
import com.thousandproxy.application.server.SealedCredentials;
import com.thousandproxy.application.server.ServerDialect;
import com.thousandproxy.application.server.ServerSettings;
import com.thousandproxy.application.server.StoredServer;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.server.ServerId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Keeps servers (3x-ui panels) with their sealed credentials and what we learnt from them. */
public interface ServerRepository {

  Mono<ServerId> add(NewServer server);

  /** The server, or empty. */
  Mono<StoredServer> findById(ServerId id);

  /** Servers by id. */
  Mono<Page<StoredServer>> page(PageRequest page);

  /** Replaces settings, dialect and credentials; false when there is no such server. */
  Mono<Boolean> update(
      ServerId id,
      ServerSettings settings,
      ServerDialect dialect,
      SealedCredentials credentials,
      Instant at);

  /** Remembers a sync of the inbounds and the dialect seen then. */
  Mono<Void> markSynced(ServerId id, ServerDialect dialect, Instant at);

  /** Remembers a health check and the dialect seen then. */
  Mono<Void> markChecked(ServerId id, ServerDialect dialect, Instant at);

  /**
   * Deletes the server with its inbounds; false when there is no such server. Signals {@link
   * com.thousandproxy.application.server.StillReferencedException} while plans, orders or clients
   * refer to it or its inbounds. Run it in a transaction.
   */
  Mono<Boolean> delete(ServerId id);
}
