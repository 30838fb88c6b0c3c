package com.thousandproxy.adapters.persistence.lifecycle;

import com.thousandproxy.adapters.persistence.provisioning.ClientRows;
import com.thousandproxy.adapters.persistence.provisioning.Utc;
import com.thousandproxy.application.lifecycle.port.out.LifecycleClients;
import com.thousandproxy.application.notification.port.out.ExpiringClients;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.server.ServerId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The lifecycle's view of server_clients with plain SQL: status moves are compare-and-set on the
 * version; the day's traffic snapshot is updated in place or inserted once per UTC day.
 */
public final class R2dbcLifecycleClients implements LifecycleClients, ExpiringClients {

  private final DatabaseClient db;

  public R2dbcLifecycleClients(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Flux<StoredClient> dueToExpire(Instant now, int limit) {
    return select(" WHERE c.status IN ('ACTIVE', 'SUSPENDED') AND c.expires_at <= :at", now, limit);
  }

  @Override
  public Flux<StoredClient> dueForDeletion(Instant cutoff, int limit) {
    return select(" WHERE c.status = 'EXPIRED' AND c.expires_at <= :at", cutoff, limit);
  }

  @Override
  public Flux<StoredClient> activeExpiringBetween(Instant from, Instant to) {
    return db.sql(
            ClientRows.SELECT
                + " WHERE c.status = 'ACTIVE' AND c.expires_at > :from AND c.expires_at <= :to"
                + " ORDER BY c.expires_at, c.id")
        .bind("from", Utc.of(from))
        .bind("to", Utc.of(to))
        .map(ClientRows::read)
        .all();
  }

  private Flux<StoredClient> select(String where, Instant at, int limit) {
    return db.sql(ClientRows.SELECT + where + " ORDER BY c.expires_at, c.id LIMIT :limit")
        .bind("at", Utc.of(at))
        .bind("limit", limit)
        .map(ClientRows::read)
        .all();
  }

  @Override
  public Flux<StoredClient> onServer(ServerId serverId) {
    return db.sql(ClientRows.SELECT + " WHERE c.server_id = :server ORDER BY c.id")
        .bind("server", serverId.value())
        .map(ClientRows::read)
        .all();
  }

  @Override
  public Flux<ServerId> servers() {
    return db.sql("SELECT id FROM servers WHERE is_active = TRUE ORDER BY id")
        .map(row -> new ServerId(row.get("id", Long.class)))
        .all();
  }

  @Override
  public Mono<Boolean> move(ServerClientId id, long expectedVersion, ClientStatus to, Instant at) {
    return db.sql(
            "UPDATE server_clients SET status = :status, version = version + 1, updated_at = :at,"
                + " deleted_at = CASE WHEN :status = 'DELETED' THEN :at ELSE deleted_at END"
                + " WHERE id = :id AND version = :version")
        .bind("status", to.name())
        .bind("at", Utc.of(at))
        .bind("id", id.value())
        .bind("version", expectedVersion)
        .fetch()
        .rowsUpdated()
        .map(rows -> rows > 0);
  }

  @Override
  public Mono<Void> recordUsage(ServerClientId id, TrafficUsage usage, Instant at) {
    Instant day = at.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
    Mono<Long> counters =
        usage(
            "UPDATE server_clients SET traffic_up_bytes = :up, traffic_down_bytes = :down,"
                + " last_synced_at = :at WHERE id = :id",
            id,
            usage,
            at);
    Mono<Long> today =
        usage(
            "UPDATE client_traffic_snapshots SET up_bytes = :up, down_bytes = :down,"
                + " captured_at = :at WHERE server_client_id = :id AND captured_at >= :day",
            id,
            usage,
            at,
            day);
    Mono<Long> insert =
        usage(
            "INSERT INTO client_traffic_snapshots (server_client_id, up_bytes, down_bytes,"
                + " captured_at) VALUES (:id, :up, :down, :at)",
            id,
            usage,
            at);
    return counters.then(today).flatMap(rows -> rows > 0 ? Mono.just(rows) : insert).then();
  }

  private Mono<Long> usage(
      String sql, ServerClientId id, TrafficUsage usage, Instant at, Instant... day) {
    GenericExecuteSpec spec =
        db.sql(sql)
            .bind("up", usage.upBytes())
            .bind("down", usage.downBytes())
            .bind("at", Utc.of(at))
            .bind("id", id.value());
    if (day.length > 0) {
      spec = spec.bind("day", Utc.of(day[0]));
    }
    return spec.fetch().rowsUpdated();
  }
}
