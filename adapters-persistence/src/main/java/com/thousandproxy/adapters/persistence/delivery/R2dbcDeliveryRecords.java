package com.thousandproxy.adapters.persistence.delivery;

import com.thousandproxy.application.delivery.DeliveredClient;
import com.thousandproxy.application.delivery.port.out.DeliveryRecords;
import com.thousandproxy.application.provisioning.IssuedToken;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Delivered clients with one query each (client, inbound, server and plan joined); the lookup by
 * token hash uses the unique index on {@code subscription_token_hash} and goes through the feed
 * cache.
 */
public final class R2dbcDeliveryRecords implements DeliveryRecords {

  private final DatabaseClient db;
  private final FeedRowCache cache;
  private final Clock clock;

  public R2dbcDeliveryRecords(DatabaseClient db, FeedRowCache cache, Clock clock) {
    this.db = db;
    this.cache = cache;
    this.clock = clock;
  }

  @Override
  public Mono<DeliveredClient> find(ServerClientId id) {
    return db.sql(DeliveryRow.SELECT + " WHERE c.id = :id")
        .bind("id", id.value())
        .map(DeliveryRow::read)
        .one()
        .map(DeliveryRows::delivered);
  }

  @Override
  public Mono<DeliveredClient> findByTokenHash(String tokenHash) {
    Mono<DeliveryRow> loader =
        db.sql(DeliveryRow.SELECT + " WHERE c.subscription_token_hash = :hash")
            .bind("hash", tokenHash)
            .map(DeliveryRow::read)
            .one();
    return cache.get(tokenHash, loader).map(DeliveryRows::delivered);
  }

  @Override
  public Mono<Page<DeliveredClient>> findByOwner(UserId owner, PageRequest page) {
    Mono<Long> total =
        db.sql(
                "SELECT COUNT(*) AS n FROM server_clients WHERE user_id = :user"
                    + " AND status <> 'DELETED'")
            .bind("user", owner.value())
            .map(row -> row.get("n", Long.class))
            .one();
    Mono<java.util.List<DeliveredClient>> items =
        db.sql(
                DeliveryRow.SELECT
                    + " WHERE c.user_id = :user AND c.status <> 'DELETED'"
                    + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset")
            .bind("user", owner.value())
            .bind("limit", page.size())
            .bind("offset", page.offset())
            .map(DeliveryRow::read)
            .all()
            .map(DeliveryRows::delivered)
            .collectList();
    return Mono.zip(items, total, (list, n) -> new Page<>(list, page.page(), page.size(), n));
  }

  @Override
  public Flux<DeliveredClient> findDeliveredByOwner(UserId owner) {
    return db.sql(
            DeliveryRow.SELECT
                + " WHERE c.user_id = :user AND c.status IN ('ACTIVE', 'SUSPENDED', 'EXPIRED')"
                + " ORDER BY c.id")
        .bind("user", owner.value())
        .map(DeliveryRow::read)
        .all()
        .map(DeliveryRows::delivered);
  }

  @Override
  public Mono<Boolean> replaceSubscriptionToken(ServerClientId id, IssuedToken token) {
    return db.sql(
            "UPDATE server_clients SET subscription_token_hash = :hash,"
                + " subscription_token_nonce = :nonce, version = version + 1, updated_at = :at"
                + " WHERE id = :id")
        .bind("hash", token.hash())
        .bind("nonce", token.nonce())
        .bind("at", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .bind("id", id.value())
        .fetch()
        .rowsUpdated()
        .map(rows -> rows > 0);
  }
}
