package com.thousandproxy.api.secrets;

import com.thousandproxy.application.server.SecretsUnavailableException;
import com.thousandproxy.application.server.port.out.SecretCipher;

/**
 * Stands in when no encryption key is configured outside the demo: the rest of the application
 * runs, but nothing that needs a panel secret does (answered with 503).
 */
public final class UnconfiguredSecretCipher implements SecretCipher {

  static final String MESSAGE =
      "app.secrets.encryption-key is not set: panel secrets cannot be sealed or opened";

  @Override
  public String seal(String plainText) {
    throw new SecretsUnavailableException(MESSAGE);
  }

  @Override
  public String open(String sealed) {
    throw new SecretsUnavailableException(MESSAGE);
  }
}
