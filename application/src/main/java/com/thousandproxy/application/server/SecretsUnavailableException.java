package com.thousandproxy.application.server;

/**
 * Panel secrets cannot be sealed or opened: no encryption key is configured, or a stored secret
 * does not open with the configured key (tampered with, or sealed under another key).
 */
public final class SecretsUnavailableException extends RuntimeException {

  public SecretsUnavailableException(String message) {
    super(message);
  }

  public SecretsUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
