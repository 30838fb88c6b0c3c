package com.thousandproxy.application.identity;

import com.thousandproxy.domain.identity.ApiKey;

/** A new API key and its full secret, which is shown this once and never again. */
public record CreatedApiKey(ApiKey key, String secret) {

  @Override
  public String toString() {
    return "CreatedApiKey[" + key + ", secret=***]";
  }
}
