package com.thousandproxy.adapters.persistence.identity;

import com.thousandproxy.application.identity.NewApiKey;
import com.thousandproxy.application.identity.StoredApiKey;
import com.thousandproxy.application.identity.port.out.ApiKeyRepository;
import com.thousandproxy.domain.identity.ApiKey;
import com.thousandproxy.domain.identity.ApiKeyId;
import com.thousandproxy.domain.user.UserId;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reseller API keys in {@code api_keys}: the unique prefix finds a key, its hash verifies it. */
public final class R2dbcApiKeyRepository implements ApiKeyRepository {

  private static final String COLUMNS =
      "SELECT id, user_id, name, prefix, key_hash, last_used_at, revoked_at, created_at"
          + " FROM api_keys";

  private final DatabaseClient db;

  public R2dbcApiKeyRepository(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<ApiKey> add(NewApiKey key) {
    return db.sql(
            "INSERT INTO api_keys (user_id, name, prefix, key_hash, created_at)"
                + " VALUES (:user, :name, :prefix, :hash, :created)")
        .bind("user", key.owner().value())
        .bind("name", key.name())
        .bind("prefix", key.prefix())
        .bind("hash", key.keyHash())
        .bind("created", Rows.utc(key.createdAt()))
        .filter(statement -> statement.returnGeneratedValues("id"))
        .map(row -> row.get("id", Long.class))
        .one()
        .map(
            id ->
                new ApiKey(
                    new ApiKeyId(id),
                    key.owner(),
                    key.name(),
                    key.prefix(),
                    key.createdAt(),
                    null,
                    null));
  }

  @Override
  public Mono<StoredApiKey> findByPrefix(String prefix) {
    return db.sql(COLUMNS + " WHERE prefix = :prefix")
        .bind("prefix", prefix)
        .map(row -> new StoredApiKey(key(row), row.get("key_hash", String.class)))
        .one();
  }

  @Override
  public Mono<ApiKey> findById(ApiKeyId id) {
    return db.sql(COLUMNS + " WHERE id = :id")
        .bind("id", id.value())
        .map(R2dbcApiKeyRepository::key)
        .one();
  }

  @Override
  public Flux<ApiKey> listByOwner(UserId owner) {
    return db.sql(COLUMNS + " WHERE user_id = :user ORDER BY id DESC")
        .bind("user", owner.value())
        .map(R2dbcApiKeyRepository::key)
        .all();
  }

  @Override
  public Mono<Boolean> revoke(ApiKeyId id, Instant now) {
    return db.sql("UPDATE api_keys SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
        .bind("now", Rows.utc(now))
        .bind("id", id.value())
        .fetch()
        .rowsUpdated()
        .map(count -> count == 1);
  }

  @Override
  public Mono<Void> recordUse(ApiKeyId id, Instant now) {
    return db.sql("UPDATE api_keys SET last_used_at = :now WHERE id = :id")
        .bind("now", Rows.utc(now))
        .bind("id", id.value())
        .then();
  }

  private static ApiKey key(Readable row) {
    return new ApiKey(
        new ApiKeyId(row.get("id", Long.class)),
        new UserId(row.get("user_id", Long.class)),
        row.get("name", String.class),
        row.get("prefix", String.class),
        Rows.instant(row, "created_at"),
        Rows.instant(row, "last_used_at"),
        Rows.instant(row, "revoked_at"));
  }
}
