package com.thousandproxy.application.identity;

/** No such API key, or it belongs to somebody else (who must not learn that it exists). */
public final class ApiKeyNotFoundException extends RuntimeException {

  public ApiKeyNotFoundException() {
    super("API key not found", null, false, false);
  }
}
