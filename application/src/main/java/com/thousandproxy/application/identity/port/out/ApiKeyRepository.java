package com.thousandproxy.application.identity.port.out;

import com.thousandproxy.application.identity.NewApiKey;
import com.thousandproxy.application.identity.StoredApiKey;
import com.thousandproxy.domain.identity.ApiKey;
import com.thousandproxy.domain.identity.ApiKeyId;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Stores reseller API keys by visible prefix and hash. */
public interface ApiKeyRepository {

  Mono<ApiKey> add(NewApiKey key);

  Mono<StoredApiKey> findByPrefix(String prefix);

  Mono<ApiKey> findById(ApiKeyId id);

  /** The owner's keys, revoked ones included, newest first. */
  Flux<ApiKey> listByOwner(UserId owner);

  /** Revokes the key if it is still live; answers whether it was. */
  Mono<Boolean> revoke(ApiKeyId id, Instant now);

  Mono<Void> recordUse(ApiKeyId id, Instant now);
}
