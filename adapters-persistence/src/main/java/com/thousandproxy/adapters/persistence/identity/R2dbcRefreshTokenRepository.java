package com.thousandproxy.adapters.persistence.identity;

import com.thousandproxy.application.identity.NewRefreshToken;
import com.thousandproxy.application.identity.port.out.RefreshTokenRepository;
import com.thousandproxy.domain.identity.RefreshToken;
import com.thousandproxy.domain.user.UserId;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Refresh tokens in {@code refresh_tokens}, found by the SHA-256 of their secret. Rotation is a
 * conditional update, so of two requests racing with one token exactly one wins.
 */
public final class R2dbcRefreshTokenRepository implements RefreshTokenRepository {

  private final DatabaseClient db;

  public R2dbcRefreshTokenRepository(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<RefreshToken> add(NewRefreshToken token) {
    return db.sql(
            "INSERT INTO refresh_tokens (user_id, token_hash, family_id, expires_at, created_at)"
                + " VALUES (:user, :hash, :family, :expires, :created)")
        .bind("user", token.owner().value())
        .bind("hash", token.tokenHash())
        .bind("family", token.familyId())
        .bind("expires", Rows.utc(token.expiresAt()))
        .bind("created", Rows.utc(token.createdAt()))
        .filter(statement -> statement.returnGeneratedValues("id"))
        .map(row -> row.get("id", Long.class))
        .one()
        .map(
            id ->
                new RefreshToken(
                    id,
                    token.owner(),
                    token.familyId(),
                    token.expiresAt(),
                    null,
                    null,
                    token.createdAt()));
  }

  @Override
  public Mono<RefreshToken> findByHash(String tokenHash) {
    return db.sql(
            "SELECT id, user_id, family_id, expires_at, revoked_at, replaced_by_id, created_at"
                + " FROM refresh_tokens WHERE token_hash = :hash")
        .bind("hash", tokenHash)
        .map(R2dbcRefreshTokenRepository::token)
        .one();
  }

  @Override
  public Mono<Boolean> markRotated(long id, long successorId, Instant now) {
    return db.sql(
            "UPDATE refresh_tokens SET replaced_by_id = :successor, revoked_at = :now"
                + " WHERE id = :id AND revoked_at IS NULL AND replaced_by_id IS NULL")
        .bind("successor", successorId)
        .bind("now", Rows.utc(now))
        .bind("id", id)
        .fetch()
        .rowsUpdated()
        .map(count -> count == 1);
  }

  @Override
  public Mono<Long> revokeFamily(String familyId, Instant now) {
    return db.sql(
            "UPDATE refresh_tokens SET revoked_at = :now"
                + " WHERE family_id = :family AND revoked_at IS NULL")
        .bind("now", Rows.utc(now))
        .bind("family", familyId)
        .fetch()
        .rowsUpdated();
  }

  @Override
  public Mono<Long> revokeAllOf(UserId owner, Instant now) {
    return db.sql(
            "UPDATE refresh_tokens SET revoked_at = :now WHERE user_id = :user AND revoked_at IS NULL")
        .bind("now", Rows.utc(now))
        .bind("user", owner.value())
        .fetch()
        .rowsUpdated();
  }

  private static RefreshToken token(Readable row) {
    return new RefreshToken(
        row.get("id", Long.class),
        new UserId(row.get("user_id", Long.class)),
        row.get("family_id", String.class),
        Rows.instant(row, "expires_at"),
        Rows.instant(row, "revoked_at"),
        row.get("replaced_by_id", Long.class),
        Rows.instant(row, "created_at"));
  }
}
