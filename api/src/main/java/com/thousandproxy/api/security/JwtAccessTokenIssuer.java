package com.thousandproxy.api.security;

import com.thousandproxy.application.identity.AccessToken;
import com.thousandproxy.application.identity.port.out.AccessTokenIssuer;
import com.thousandproxy.domain.identity.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import reactor.core.publisher.Mono;

/** Signs RS256 access tokens: subject = user id, plus the role, issuer, expiry and a unique id. */
final class JwtAccessTokenIssuer implements AccessTokenIssuer {

  static final String ROLE_CLAIM = "role";

  private final JwtEncoder encoder;
  private final String keyId;
  private final String issuer;
  private final Duration ttl;
  private final Clock clock;

  JwtAccessTokenIssuer(JwtEncoder encoder, String keyId, String issuer, Duration ttl, Clock clock) {
    this.encoder = encoder;
    this.keyId = keyId;
    this.issuer = issuer;
    this.ttl = ttl;
    this.clock = clock;
  }

  @Override
  public Mono<AccessToken> issue(User user) {
    return Mono.fromCallable(
        () -> {
          Instant now = clock.instant();
          JwtClaimsSet claims =
              JwtClaimsSet.builder()
                  .issuer(issuer)
                  .subject(String.valueOf(user.id().value()))
                  .issuedAt(now)
                  .expiresAt(now.plus(ttl))
                  .id(UUID.randomUUID().toString())
                  .claim(ROLE_CLAIM, user.role().name())
                  .build();
          JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build();
          String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
          return new AccessToken(token, ttl);
        });
  }
}
