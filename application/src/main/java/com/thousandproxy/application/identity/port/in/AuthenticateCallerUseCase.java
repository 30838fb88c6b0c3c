package com.thousandproxy.application.identity.port.in;

import com.thousandproxy.application.identity.ApiKeyCaller;
import com.thousandproxy.domain.identity.Caller;
import com.thousandproxy.domain.identity.EmailAddress;
import com.thousandproxy.domain.identity.Role;
import com.thousandproxy.domain.user.UserId;
import reactor.core.publisher.Mono;

/**
 * Turns a verified credential into the caller of a request, per request: an account deactivated
 * since the credential was issued is refused at once (empty).
 */
public interface AuthenticateCallerUseCase {

  /** The caller named by one of our access tokens, with the account's current role. */
  Mono<Caller> byUserId(UserId id);

  /** The caller behind an external identity provider's token, by e-mail, with the given role. */
  Mono<Caller> byExternalEmail(EmailAddress email, Role role);

  /** The caller behind an {@code X-API-Key}; empty for an unknown, revoked or malformed key. */
  Mono<ApiKeyCaller> byApiKey(String key);
}
