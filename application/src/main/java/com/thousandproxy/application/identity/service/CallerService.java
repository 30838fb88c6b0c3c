package com.thousandproxy.application.identity.service;

import com.thousandproxy.application.identity.ApiKeyCaller;
import com.thousandproxy.application.identity.SecretTokens;
import com.thousandproxy.application.identity.UserNotFoundException;
import com.thousandproxy.application.identity.port.in.AuthenticateCallerUseCase;
import com.thousandproxy.application.identity.port.in.GetProfileUseCase;
import com.thousandproxy.application.identity.port.out.ApiKeyRepository;
import com.thousandproxy.application.identity.port.out.UserRepository;
import com.thousandproxy.domain.identity.Caller;
import com.thousandproxy.domain.identity.EmailAddress;
import com.thousandproxy.domain.identity.Role;
import com.thousandproxy.domain.identity.User;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Looks up, on every request, the account behind a credential, so that deactivation, demotion and
 * key revocation take effect at the next request.
 */
public final class CallerService implements AuthenticateCallerUseCase, GetProfileUseCase {

  private final UserRepository users;
  private final ApiKeyRepository apiKeys;
  private final Clock clock;

  public CallerService(UserRepository users, ApiKeyRepository apiKeys, Clock clock) {
    this.users = users;
    this.apiKeys = apiKeys;
    this.clock = clock;
  }

  @Override
  public Mono<Caller> byUserId(UserId id) {
    return users.findById(id).filter(User::active).map(User::asCaller);
  }

  @Override
  public Mono<Caller> byExternalEmail(EmailAddress email, Role role) {
    return users.findByEmail(email).filter(User::active).map(user -> new Caller(user.id(), role));
  }

  @Override
  public Mono<ApiKeyCaller> byApiKey(String key) {
    String prefix = ApiKeyFormat.prefixOf(key);
    if (prefix == null) {
      return Mono.empty();
    }
    String presentedHash = SecretTokens.sha256Hex(key);
    return apiKeys
        .findByPrefix(prefix)
        .filter(
            stored ->
                !stored.key().isRevoked()
                    && SecretTokens.sameDigest(stored.keyHash(), presentedHash))
        .flatMap(
            stored ->
                users
                    .findById(stored.key().owner())
                    .filter(owner -> owner.active() && owner.role().mayUseApiKeys())
                    .flatMap(
                        owner -> {
                          Instant now = clock.instant();
                          Mono<Void> touch =
                              stored.key().lastUseIsStale(now)
                                  ? apiKeys.recordUse(stored.key().id(), now)
                                  : Mono.empty();
                          return touch.thenReturn(
                              new ApiKeyCaller(stored.key().id(), owner.asCaller()));
                        }));
  }

  @Override
  public Mono<User> profile(UserId id) {
    return users.findById(id).switchIfEmpty(Mono.error(UserNotFoundException::new));
  }
}
