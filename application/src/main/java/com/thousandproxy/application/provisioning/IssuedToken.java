package com.thousandproxy.application.provisioning;

import java.util.Objects;

/**
 * A freshly issued subscription token: the {@code nonce} and {@code hash} are stored, the {@code
 * token} itself never is (it is recomputed from the nonce with the server's key when shown).
 */
public record IssuedToken(String nonce, String hash, String token) {

  public IssuedToken {
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(token, "token");
  }

  @Override
  public String toString() {
    return "IssuedToken[hash=" + hash + "]";
  }
}
