package com.thousandproxy.adapters.persistence.payment;

import static com.thousandproxy.adapters.persistence.transaction.SqlParams.bind;
import static com.thousandproxy.adapters.persistence.transaction.SqlParams.instant;

import com.thousandproxy.application.payment.IdempotencyClaim;
import com.thousandproxy.application.payment.IdempotencyKey;
import com.thousandproxy.application.payment.port.out.IdempotencyKeys;
import com.thousandproxy.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Mono;

/**
 * {@link IdempotencyKeys} on {@code idempotency_keys}, unique per user and key: the insert that
 * claims a key fails for every later request, which then reads what the first one did.
 */
public final class R2dbcIdempotencyKeys implements IdempotencyKeys {

  /** Longer than any request may take; a claim still in progress after it was abandoned. */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

  private final DatabaseClient db;

  public R2dbcIdempotencyKeys(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<IdempotencyClaim> claim(
      UserId userId, IdempotencyKey key, String requestHash, Instant now, Instant expiresAt) {
    return insert(userId, key, requestHash, now, expiresAt)
        .onErrorResume(
            DuplicateKeyException.class,
            taken ->
                existing(userId, key, requestHash, now)
                    .switchIfEmpty(
                        Mono.defer(() -> insert(userId, key, requestHash, now, expiresAt))));
  }

  private Mono<IdempotencyClaim> insert(
      UserId userId, IdempotencyKey key, String requestHash, Instant now, Instant expiresAt) {
    GenericExecuteSpec spec =
        db.sql(
                "INSERT INTO idempotency_keys (user_id, idem_key, scope, request_hash, status,"
                    + " created_at, expires_at) VALUES (:user, :key, :scope, :hash,"
                    + " 'IN_PROGRESS', :now, :expires)")
            .bind("user", userId.value())
            .bind("key", key.value())
            .bind("scope", key.scope())
            .bind("hash", requestHash);
    spec = bind(spec, "now", now, Instant.class);
    spec = bind(spec, "expires", expiresAt, Instant.class);
    return spec.filter(statement -> statement.returnGeneratedValues("id"))
        .map(row -> (IdempotencyClaim) new IdempotencyClaim.Claimed(row.get("id", Long.class)))
        .one();
  }

  /** What the key was used for; empty when its use expired (the old row is then deleted). */
  private Mono<IdempotencyClaim> existing(
      UserId userId, IdempotencyKey key, String requestHash, Instant now) {
    return db.sql("SELECT * FROM idempotency_keys WHERE user_id = :user AND idem_key = :key")
        .bind("user", userId.value())
        .bind("key", key.value())
        .map(
            row ->
                new Stored(
                    row.get("id", Long.class),
                    row.get("scope", String.class),
                    row.get("request_hash", String.class),
                    row.get("status", String.class),
                    row.get("resource_id", Long.class),
                    instant(row, "created_at"),
                    instant(row, "expires_at")))
        .one()
        .flatMap(
            stored -> {
              if (!stored.expiresAt().isAfter(now) || abandoned(stored, now)) {
                return db.sql("DELETE FROM idempotency_keys WHERE id = :id")
                    .bind("id", stored.id())
                    .then()
                    .then(Mono.<IdempotencyClaim>empty());
              }
              if (!stored.scope().equals(key.scope()) || !stored.hash().equals(requestHash)) {
                return Mono.just(conflict(IdempotencyClaim.Reason.OTHER_REQUEST));
              }
              if ("COMPLETED".equals(stored.status()) && stored.resourceId() != null) {
                return Mono.just(new IdempotencyClaim.Replay(stored.resourceId()));
              }
              return Mono.just(conflict(IdempotencyClaim.Reason.IN_PROGRESS));
            });
  }

  /**
   * A claim whose request never completed nor released it (the instance died mid-way): nothing was
   * created, since completing is part of the creating transaction, so the key may be used again.
   */
  private static boolean abandoned(Stored stored, Instant now) {
    return "IN_PROGRESS".equals(stored.status())
        && stored.createdAt().plus(ABANDONED_AFTER).isBefore(now);
  }

  private static IdempotencyClaim conflict(IdempotencyClaim.Reason reason) {
    return new IdempotencyClaim.Conflict(reason);
  }

  @Override
  public Mono<Void> complete(long keyId, String resourceType, long resourceId, int status) {
    return db.sql(
            "UPDATE idempotency_keys SET status = 'COMPLETED', resource_type = :type,"
                + " resource_id = :resource, response_status = :status WHERE id = :id")
        .bind("id", keyId)
        .bind("type", resourceType)
        .bind("resource", resourceId)
        .bind("status", status)
        .then();
  }

  @Override
  public Mono<Void> release(long keyId) {
    return db.sql("DELETE FROM idempotency_keys WHERE id = :id").bind("id", keyId).then();
  }

  private record Stored(
      long id,
      String scope,
      String hash,
      String status,
      Long resourceId,
      Instant createdAt,
      Instant expiresAt) {}
}
