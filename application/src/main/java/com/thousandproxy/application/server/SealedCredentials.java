package com.thousandproxy.application.server;

import java.util.Objects;

/**
 * A panel's password and optional API token as the {@link
 * com.thousandproxy.application.server.port.out.SecretCipher} sealed them: what the store keeps.
 */
public record SealedCredentials(String password, String apiToken) {

  public SealedCredentials {
    Objects.requireNonNull(password, "password");
    apiToken = apiToken == null || apiToken.isEmpty() ? null : apiToken;
  }

  public boolean hasApiToken() {
    return apiToken != null;
  }

  public SealedCredentials withPassword(String sealed) {
    return new SealedCredentials(sealed, apiToken);
  }

  public SealedCredentials withApiToken(String sealed) {
    return new SealedCredentials(password, sealed);
  }

  @Override
  public String toString() {
    return "SealedCredentials[***]";
  }
}
