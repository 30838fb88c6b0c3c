package com.thousandproxy.application.identity.service;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.identity.ApiKeyNotFoundException;
import com.thousandproxy.application.identity.CreatedApiKey;
import com.thousandproxy.application.identity.IdentityAuditActions;
import com.thousandproxy.application.identity.NewApiKey;
import com.thousandproxy.application.identity.Ownership;
import com.thousandproxy.application.identity.SecretTokens;
import com.thousandproxy.application.identity.port.in.ManageApiKeysUseCase;
import com.thousandproxy.application.identity.port.out.ApiKeyRepository;
import com.thousandproxy.domain.identity.ApiKey;
import com.thousandproxy.domain.identity.ApiKeyId;
import com.thousandproxy.domain.identity.Caller;
import java.time.Clock;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Creates, lists and revokes API keys; only the prefix and a hash of each key are kept. */
public final class ApiKeyService implements ManageApiKeysUseCase {

  private final ApiKeyRepository keys;
  private final AuditLog audit;
  private final Clock clock;

  public ApiKeyService(ApiKeyRepository keys, AuditLog audit, Clock clock) {
    this.keys = keys;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Mono<CreatedApiKey> create(Caller caller, String name, String clientIp) {
    String validName = ApiKey.requireName(name);
    String prefix = ApiKeyFormat.newPrefix();
    String secret = ApiKeyFormat.newKey(prefix);
    NewApiKey key =
        new NewApiKey(
            caller.userId(), validName, prefix, SecretTokens.sha256Hex(secret), clock.instant());
    return keys.add(key)
        .flatMap(
            stored ->
                audit
                    .record(
                        AuditEvent.of(
                                AuditActor.of(caller),
                                IdentityAuditActions.API_KEY_CREATED,
                                clock.instant())
                            .target(IdentityAuditActions.TARGET_API_KEY, stored.id().value())
                            .details(Map.of("prefix", stored.prefix()))
                            .from(clientIp))
                    .thenReturn(new CreatedApiKey(stored, secret)));
  }

  @Override
  public Flux<ApiKey> list(Caller caller) {
    return keys.listByOwner(caller.userId());
  }

  @Override
  public Mono<Void> revoke(Caller caller, ApiKeyId id, String clientIp) {
    return keys.findById(id)
        .transform(Ownership.visibleTo(caller, ApiKey::owner, ApiKeyNotFoundException::new))
        .flatMap(
            key ->
                keys.revoke(key.id(), clock.instant())
                    .filter(wasLive -> wasLive)
                    .flatMap(
                        wasLive ->
                            audit.record(
                                AuditEvent.of(
                                        AuditActor.of(caller),
                                        IdentityAuditActions.API_KEY_REVOKED,
                                        clock.instant())
                                    .target(IdentityAuditActions.TARGET_API_KEY, key.id().value())
                                    .details(
                                        Map.of(
                                            "prefix", key.prefix(),
                                            "owner", String.valueOf(key.owner().value())))
                                    .from(clientIp))));
  }
}
