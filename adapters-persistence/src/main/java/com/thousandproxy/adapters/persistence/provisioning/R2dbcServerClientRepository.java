package com.thousandproxy.adapters.persistence.provisioning;

import com.thousandproxy.application.provisioning.NewClient;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.ordering.OrderId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The server_clients table with plain SQL. An insert for a unit that already has a client is a
 * no-op ({@code ON DUPLICATE KEY UPDATE} on UNIQUE(order_item_id, unit_index)), so two workers that
 * race to store a unit's identity end up with one. Every update bumps {@code version}.
 */
public final class R2dbcServerClientRepository implements ServerClientRepository {

  private static final String INSERT =
      "INSERT INTO server_clients (user_id, server_id, server_inbound_id, server_plan_id,"
          + " order_id, order_item_id, unit_index, protocol, client_uuid, client_password, sub_id,"
          + " email, status, expires_at, traffic_up_bytes, traffic_down_bytes,"
          + " traffic_limit_bytes, limit_ip, subscription_token_hash, subscription_token_nonce,"
          + " version, created_at, updated_at)"
          + " VALUES (:user, :server, :inbound, :plan, :order, :item, :unit, :protocol, :uuid,"
          + " :password, :subId, :email, 'PENDING', :expires, 0, 0, :limit, :limitIp, :hash,"
          + " :nonce, 0, :at, :at)"
          + " ON DUPLICATE KEY UPDATE id = id";

  private final DatabaseClient db;

  public R2dbcServerClientRepository(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<List<StoredClient>> findByOrder(OrderId orderId) {
    return db.sql(
            ClientRows.SELECT + " WHERE c.order_id = :order ORDER BY c.order_item_id, c.unit_index")
        .bind("order", orderId.value())
        .map(ClientRows::read)
        .all()
        .collectList();
  }

  @Override
  public Mono<StoredClient> find(ServerClientId id) {
    return db.sql(ClientRows.SELECT + " WHERE c.id = :id")
        .bind("id", id.value())
        .map(ClientRows::read)
        .one();
  }

  @Override
  public Mono<Integer> insertPending(List<NewClient> clients, Instant at) {
    return Flux.fromIterable(clients)
        .concatMap(client -> insert(client, at).fetch().rowsUpdated())
        .reduce(0, (sum, rows) -> sum + (rows > 0 ? 1 : 0));
  }

  private GenericExecuteSpec insert(NewClient c, Instant at) {
    GenericExecuteSpec spec =
        db.sql(INSERT)
            .bind("user", c.userId().value())
            .bind("server", c.serverId().value())
            .bind("inbound", c.inboundId().value())
            .bind("plan", c.planId().value())
            .bind("order", c.orderId().value())
            .bind("item", c.unit().itemId().value())
            .bind("unit", c.unit().unitIndex())
            .bind("protocol", c.protocol().wireName())
            .bind("subId", c.credentials().subId())
            .bind("email", c.credentials().email())
            .bind("expires", Utc.of(c.expiresAt()))
            .bind("limitIp", c.limitIp())
            .bind("hash", c.token().hash())
            .bind("nonce", c.token().nonce())
            .bind("at", Utc.of(at));
    spec = nullable(spec, "uuid", c.credentials().uuid());
    spec = nullable(spec, "password", c.credentials().password());
    return c.trafficLimit().isUnlimited()
        ? spec.bindNull("limit", Long.class)
        : spec.bind("limit", c.trafficLimit().bytes().getAsLong());
  }

  private static GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, String value) {
    return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
  }

  @Override
  public Mono<Integer> activate(Collection<ServerClientId> ids, Instant at) {
    if (ids.isEmpty()) {
      return Mono.just(0);
    }
    return db.sql(
            "UPDATE server_clients SET status = 'ACTIVE', version = version + 1,"
                + " updated_at = :at WHERE id IN (:ids) AND status = 'PENDING'")
        .bind("at", Utc.of(at))
        .bind("ids", ids.stream().map(ServerClientId::value).toList())
        .fetch()
        .rowsUpdated()
        .map(Long::intValue);
  }

  @Override
  public Mono<Boolean> renew(
      ServerClientId id,
      long expectedVersion,
      Instant expiresAt,
      BandwidthLimit trafficLimit,
      int limitIp,
      Instant at) {
    GenericExecuteSpec spec =
        db.sql(
                "UPDATE server_clients SET status = 'ACTIVE', expires_at = :expires,"
                    + " traffic_limit_bytes = :limit, limit_ip = :limitIp, traffic_up_bytes = 0,"
                    + " traffic_down_bytes = 0, version = version + 1, updated_at = :at"
                    + " WHERE id = :id AND version = :version"
                    + " AND status IN ('ACTIVE', 'SUSPENDED', 'EXPIRED')")
            .bind("expires", Utc.of(expiresAt))
            .bind("limitIp", limitIp)
            .bind("at", Utc.of(at))
            .bind("id", id.value())
            .bind("version", expectedVersion);
    spec =
        trafficLimit.isUnlimited()
            ? spec.bindNull("limit", Long.class)
            : spec.bind("limit", trafficLimit.bytes().getAsLong());
    return spec.fetch().rowsUpdated().map(rows -> rows > 0);
  }

  @Override
  public Mono<Integer> discardPending(OrderId orderId, Instant at) {
    return db.sql(
            "UPDATE server_clients SET status = 'DELETED', deleted_at = :at,"
                + " version = version + 1, updated_at = :at"
                + " WHERE order_id = :order AND status = 'PENDING'")
        .bind("at", Utc.of(at))
        .bind("order", orderId.value())
        .fetch()
        .rowsUpdated()
        .map(Long::intValue);
  }
}
