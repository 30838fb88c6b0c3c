package com.thousandproxy.api.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code app.security.*}: token signing and lifetimes, trusted proxies and the password hash cost.
 *
 * @param trustedProxies addresses or CIDR ranges whose {@code X-Forwarded-*} headers are believed
 */
@ConfigurationProperties("app.security")
public record SecurityProperties(
    @DefaultValue Jwt jwt,
    @DefaultValue List<String> trustedProxies,
    @DefaultValue("12") int bcryptStrength) {

  public SecurityProperties {
    if (bcryptStrength < 12 || bcryptStrength > 16) {
      throw new IllegalArgumentException("app.security.bcrypt-strength must be 12..16");
    }
  }

  /**
   * @param issuer the {@code iss} of our tokens
   * @param privateKey PEM (PKCS#8) RSA private key, e.g. {@code file:/etc/1000proxy/jwt.key}
   * @param publicKey PEM (X.509) RSA public key matching it
   * @param generateKey make a throw-away key pair at start (demo only: tokens die with the JVM)
   * @param issuerUri an external identity provider whose tokens are accepted too
   * @param externalRoleClaim the claim of an external token that holds the role
   * @param externalEmailClaim the claim of an external token that names the local account
   */
  public record Jwt(
      @DefaultValue("1000proxy") String issuer,
      Resource privateKey,
      Resource publicKey,
      @DefaultValue("true") boolean generateKey,
      @DefaultValue("15m") Duration accessTokenTtl,
      @DefaultValue("30d") Duration refreshTokenTtl,
      String issuerUri,
      @DefaultValue("role") String externalRoleClaim,
      @DefaultValue("email") String externalEmailClaim) {}
}
