package com.thousandproxy.api.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the public half of the signing key in the standard JWK Set format (no envelope: JWT
 * libraries read this document as is).
 */
@RestController
@Tag(name = "Auth")
public class JwksController {

  private final Map<String, Object> jwks;

  public JwksController(RSAKey signingKey) {
    this.jwks = new JWKSet(signingKey.toPublicJWK()).toJSONObject();
  }

  @GetMapping(path = "/.well-known/jwks.json", produces = "application/json")
  @Operation(summary = "Public keys that verify our access tokens (JWK Set, RS256)")
  public Map<String, Object> jwks() {
    return jwks;
  }
}
