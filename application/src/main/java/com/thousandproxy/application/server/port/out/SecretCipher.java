package com.thousandproxy.application.server.port.out;

/**
 * Seals panel passwords and API tokens for storage and opens them again (authenticated encryption:
 * a changed or foreign value does not open). Pure CPU work of microseconds, so it is synchronous.
 * Failures signal {@link com.thousandproxy.application.server.SecretsUnavailableException};
 * messages never hold a secret.
 */
public interface SecretCipher {

  String seal(String plainText);

  String open(String sealed);
}
