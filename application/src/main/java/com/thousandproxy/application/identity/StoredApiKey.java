package com.thousandproxy.application.identity;

import com.thousandproxy.domain.identity.ApiKey;

/** An API key with the hash it is verified against. */
public record StoredApiKey(ApiKey key, String keyHash) {

  @Override
  public String toString() {
    return "StoredApiKey[" + key + ", keyHash=***]";
  }
}
