package com.thousandproxy.adapters.persistence.lifecycle;

import com.thousandproxy.adapters.persistence.provisioning.Utc;
import com.thousandproxy.application.lifecycle.port.out.UnknownPanelClients;
import com.thousandproxy.domain.server.ServerId;
import java.time.Clock;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The unknown-client count of each server's latest traffic sync, one row per server in {@code
 * panel_unknown_clients}: whichever instance ran the sync, every instance reads the same numbers,
 * and they survive restarts. A deleted server's row goes with it.
 */
public final class R2dbcUnknownPanelClients implements UnknownPanelClients {

  private final DatabaseClient db;
  private final Clock clock;

  public R2dbcUnknownPanelClients(DatabaseClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Mono<Void> report(ServerId serverId, Set<String> emails) {
    return db.sql(
            "INSERT INTO panel_unknown_clients (server_id, client_count, synced_at)"
                + " VALUES (:server, :count, :at)"
                + " ON DUPLICATE KEY UPDATE client_count = :count, synced_at = :at")
        .bind("server", serverId.value())
        .bind("count", emails.size())
        .bind("at", Utc.of(clock.instant()))
        .then();
  }

  @Override
  public Mono<Integer> count() {
    return db.sql("SELECT COALESCE(SUM(client_count), 0) AS total FROM panel_unknown_clients")
        .map(row -> ((Number) row.get("total")).intValue())
        .one();
  }
}
