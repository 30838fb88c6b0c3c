package com.thousandproxy.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.thousandproxy.application.identity.port.out.AccessTokenIssuer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Our access tokens: RS256 with one key pair from configuration (generated at start in the demo),
 * verified with the public key only, issuer and expiry checked.
 */
@Configuration(proxyBeanMethods = false)
public class JwtConfiguration {

  @Bean
  RSAKey jwtSigningKey(SecurityProperties properties) {
    return JwtKeys.from(properties.jwt());
  }

  @Bean
  JwtEncoder jwtEncoder(RSAKey jwtSigningKey) {
    return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwtSigningKey)));
  }

  @Bean
  ReactiveJwtDecoder accessTokenDecoder(RSAKey jwtSigningKey, SecurityProperties properties)
      throws JOSEException {
    NimbusReactiveJwtDecoder decoder =
        NimbusReactiveJwtDecoder.withPublicKey(jwtSigningKey.toRSAPublicKey())
            .signatureAlgorithm(SignatureAlgorithm.RS256)
            .build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.jwt().issuer()));
    return decoder;
  }

  @Bean
  AccessTokenIssuer accessTokenIssuer(
      JwtEncoder jwtEncoder, RSAKey jwtSigningKey, SecurityProperties properties, Clock clock) {
    return new JwtAccessTokenIssuer(
        jwtEncoder,
        jwtSigningKey.getKeyID(),
        properties.jwt().issuer(),
        properties.jwt().accessTokenTtl(),
        clock);
  }
}
