package com.thousandproxy.application.identity.port.in;

import com.thousandproxy.application.identity.CreatedApiKey;
import com.thousandproxy.domain.identity.ApiKey;
import com.thousandproxy.domain.identity.ApiKeyId;
import com.thousandproxy.domain.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Resellers (and admins) create, list and revoke their API keys. */
public interface ManageApiKeysUseCase {

  /** Creates a key; its secret is in the answer and nowhere else. */
  Mono<CreatedApiKey> create(Caller caller, String name, String clientIp);

  Flux<ApiKey> list(Caller caller);

  /** Revokes the key; another user's key is "not found" unless the caller is an admin. */
  Mono<Void> revoke(Caller caller, ApiKeyId id, String clientIp);
}
