package com.thousandproxy.application.delivery.port.out;

import com.thousandproxy.application.provisioning.IssuedToken;
import com.thousandproxy.domain.user.UserId;
import reactor.core.publisher.Mono;

/** The per-customer subscription tokens (one per user): nonce and hash stored, never the token. */
public interface AccountTokenStore {

  /** The user's stored nonce; empty when the user has no token yet. */
  Mono<String> nonceOf(UserId user);

  /** The user whose token has this SHA-256 hex; empty when none. */
  Mono<UserId> ownerOf(String tokenHash);

  /** Stores the user's token, replacing any older one (which stops matching at once). */
  Mono<Void> replace(UserId user, IssuedToken token);
}
