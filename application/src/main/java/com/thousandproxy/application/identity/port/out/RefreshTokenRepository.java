package com.thousandproxy.application.identity.port.out;

import com.thousandproxy.application.identity.NewRefreshToken;
import com.thousandproxy.domain.identity.RefreshToken;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Stores refresh tokens by the hash of their secret, grouped in families (one per login). */
public interface RefreshTokenRepository {

  Mono<RefreshToken> add(NewRefreshToken token);

  Mono<RefreshToken> findByHash(String tokenHash);

  /**
   * Marks the token as replaced by its successor, atomically and only if it is still live; answers
   * false when another request rotated or revoked it first.
   */
  Mono<Boolean> markRotated(long id, long successorId, Instant now);

  /** Revokes every live token of the family; answers how many were live. */
  Mono<Long> revokeFamily(String familyId, Instant now);

  /** Revokes every live token of the user (all sessions). */
  Mono<Long> revokeAllOf(UserId owner, Instant now);
}
