package com.thousandproxy.adapters.persistence.server;

import com.thousandproxy.application.server.StoredInbound;
import com.thousandproxy.application.server.SyncedInbound;
import com.thousandproxy.application.server.port.out.InboundRepository;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.server.Inbound;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Inbounds in {@code server_inbounds}, one row per (server, panel inbound number). A sync updates
 * or inserts row by row (a panel has a handful of inbounds) and disables the rest; rows are kept
 * for the plans and clients that point at them.
 */
public final class R2dbcInboundRepository implements InboundRepository {

  private static final String COLUMNS =
      "SELECT id, server_id, panel_inbound_id, protocol, port, remark, network, security,"
          + " settings, stream_settings, is_enabled, synced_at FROM server_inbounds";

  private final DatabaseClient db;

  public R2dbcInboundRepository(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<Void> replaceFromPanel(ServerId server, List<SyncedInbound> inbounds, Instant at) {
    LocalDateTime now = ServerRows.utc(at);
    return db.sql("SELECT panel_inbound_id FROM server_inbounds WHERE server_id = :server")
        .bind("server", server.value())
        .map(row -> row.get("panel_inbound_id", Integer.class))
        .all()
        .collect(Collectors.toSet())
        .flatMap(
            known ->
                Flux.fromIterable(inbounds)
                    .concatMap(inbound -> write(server, inbound, known, now))
                    .then(disableOthers(server, inbounds, now)));
  }

  private Mono<Long> write(
      ServerId server, SyncedInbound inbound, Set<Integer> known, LocalDateTime now) {
    boolean update = known.contains(inbound.panelInboundId());
    String sql =
        update
            ? "UPDATE server_inbounds SET protocol = :protocol, port = :port, remark = :remark,"
                + " network = :network, security = :security, settings = :settings,"
                + " stream_settings = :stream, is_enabled = :enabled, synced_at = :now,"
                + " updated_at = :now WHERE server_id = :server AND panel_inbound_id = :panelId"
            : "INSERT INTO server_inbounds (server_id, panel_inbound_id, protocol, port, remark,"
                + " network, security, settings, stream_settings, is_enabled, synced_at,"
                + " created_at, updated_at) VALUES (:server, :panelId, :protocol, :port, :remark,"
                + " :network, :security, :settings, :stream, :enabled, :now, :now, :now)";
    GenericExecuteSpec spec =
        db.sql(sql)
            .bind("server", server.value())
            .bind("panelId", inbound.panelInboundId())
            .bind("protocol", inbound.protocol().wireName())
            .bind("port", inbound.port())
            .bind("remark", inbound.remark())
            .bind("settings", LinkSettingsJson.settings(inbound.link()))
            .bind("enabled", inbound.enabled())
            .bind("now", now);
    spec = ServerRows.bindNullable(spec, "network", inbound.network(), String.class);
    spec = ServerRows.bindNullable(spec, "security", inbound.security(), String.class);
    spec =
        ServerRows.bindNullable(
            spec, "stream", LinkSettingsJson.stream(inbound.link()), String.class);
    return spec.fetch().rowsUpdated();
  }

  private Mono<Void> disableOthers(
      ServerId server, List<SyncedInbound> inbounds, LocalDateTime now) {
    List<Integer> seen = inbounds.stream().map(SyncedInbound::panelInboundId).toList();
    String sql =
        "UPDATE server_inbounds SET is_enabled = FALSE, updated_at = :now"
            + " WHERE server_id = :server AND is_enabled = TRUE"
            + (seen.isEmpty() ? "" : " AND panel_inbound_id NOT IN (:seen)");
    GenericExecuteSpec spec = db.sql(sql).bind("server", server.value()).bind("now", now);
    if (!seen.isEmpty()) {
      spec = spec.bind("seen", seen);
    }
    return spec.fetch().rowsUpdated().then();
  }

  @Override
  public Flux<StoredInbound> findByServer(ServerId server) {
    return db.sql(COLUMNS + " WHERE server_id = :server ORDER BY panel_inbound_id")
        .bind("server", server.value())
        .map(R2dbcInboundRepository::inbound)
        .all();
  }

  @Override
  public Flux<StoredInbound> findAllById(Collection<InboundId> ids) {
    if (ids.isEmpty()) {
      return Flux.empty();
    }
    return db.sql(COLUMNS + " WHERE id IN (:ids) ORDER BY id")
        .bind("ids", ids.stream().map(InboundId::value).toList())
        .map(R2dbcInboundRepository::inbound)
        .all();
  }

  @Override
  public Mono<StoredInbound> findById(InboundId id) {
    return db.sql(COLUMNS + " WHERE id = :id")
        .bind("id", id.value())
        .map(R2dbcInboundRepository::inbound)
        .one();
  }

  private static StoredInbound inbound(Readable row) {
    var inbound =
        new Inbound(
            new InboundId(row.get("id", Long.class)),
            new ServerId(row.get("server_id", Long.class)),
            row.get("panel_inbound_id", Integer.class),
            Protocol.fromWireName(row.get("protocol", String.class)).orElseThrow(),
            row.get("port", Integer.class),
            row.get("remark", String.class),
            row.get("network", String.class),
            row.get("security", String.class));
    return new StoredInbound(
        inbound,
        Boolean.TRUE.equals(row.get("is_enabled", Boolean.class)),
        LinkSettingsJson.read(
            row.get("settings", String.class), row.get("stream_settings", String.class)),
        ServerRows.instant(row, "synced_at"));
  }
}
