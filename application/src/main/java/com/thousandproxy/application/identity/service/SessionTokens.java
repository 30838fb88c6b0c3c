package com.thousandproxy.application.identity.service;

import com.thousandproxy.application.identity.NewRefreshToken;
import com.thousandproxy.application.identity.SecretTokens;
import com.thousandproxy.application.identity.TokenPair;
import com.thousandproxy.application.identity.port.out.AccessTokenIssuer;
import com.thousandproxy.application.identity.port.out.RefreshTokenRepository;
import com.thousandproxy.domain.identity.RefreshToken;
import com.thousandproxy.domain.identity.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Hands out token pairs: a fresh family at login, the next token of a family at refresh. */
public final class SessionTokens {

  /** A pair handed out, with the stored record of its refresh token. */
  public record Issued(TokenPair pair, RefreshToken refreshToken) {}

  private static final int REFRESH_TOKEN_BYTES = 32;

  private final AccessTokenIssuer accessTokens;
  private final RefreshTokenRepository refreshTokens;
  private final Duration refreshTokenTtl;
  private final Clock clock;

  public SessionTokens(
      AccessTokenIssuer accessTokens,
      RefreshTokenRepository refreshTokens,
      Duration refreshTokenTtl,
      Clock clock) {
    this.accessTokens = accessTokens;
    this.refreshTokens = refreshTokens;
    this.refreshTokenTtl = refreshTokenTtl;
    this.clock = clock;
  }

  /** Starts a new session (token family) for the user. */
  public Mono<Issued> open(User user) {
    return issue(user, UUID.randomUUID().toString());
  }

  /** The next pair of an existing session. */
  public Mono<Issued> issue(User user, String familyId) {
    String secret = SecretTokens.randomToken(REFRESH_TOKEN_BYTES);
    Instant now = clock.instant();
    NewRefreshToken stored =
        new NewRefreshToken(
            user.id(), SecretTokens.sha256Hex(secret), familyId, now.plus(refreshTokenTtl), now);
    return Mono.zip(accessTokens.issue(user), refreshTokens.add(stored))
        .map(
            issued ->
                new Issued(
                    new TokenPair(issued.getT1().value(), secret, issued.getT1().expiresIn()),
                    issued.getT2()));
  }
}
