package com.thousandproxy.adapters.persistence.delivery;

import com.thousandproxy.application.delivery.port.out.AccountTokenStore;
import com.thousandproxy.application.provisioning.IssuedToken;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** The account_subscription_tokens table: one row per user, looked up by its unique hash. */
public final class R2dbcAccountTokenStore implements AccountTokenStore {

  private final DatabaseClient db;
  private final Clock clock;

  public R2dbcAccountTokenStore(DatabaseClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Mono<String> nonceOf(UserId user) {
    return db.sql("SELECT token_nonce FROM account_subscription_tokens WHERE user_id = :user")
        .bind("user", user.value())
        .map(row -> row.get("token_nonce", String.class))
        .one();
  }

  @Override
  public Mono<UserId> ownerOf(String tokenHash) {
    return db.sql("SELECT user_id FROM account_subscription_tokens WHERE token_hash = :hash")
        .bind("hash", tokenHash)
        .map(row -> new UserId(row.get("user_id", Long.class)))
        .one();
  }

  @Override
  public Mono<Void> replace(UserId user, IssuedToken token) {
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    return db.sql(
            "INSERT INTO account_subscription_tokens (user_id, token_hash, token_nonce,"
                + " created_at, updated_at) VALUES (:user, :hash, :nonce, :at, :at)"
                + " ON DUPLICATE KEY UPDATE token_hash = :hash, token_nonce = :nonce,"
                + " updated_at = :at")
        .bind("user", user.value())
        .bind("hash", token.hash())
        .bind("nonce", token.nonce())
        .bind("at", now)
        .then();
  }
}
