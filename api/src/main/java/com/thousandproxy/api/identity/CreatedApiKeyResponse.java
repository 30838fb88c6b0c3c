package com.thousandproxy.api.identity;

import com.thousandproxy.application.identity.CreatedApiKey;

/** A new key with its secret: the only time the secret is ever shown. */
public record CreatedApiKeyResponse(long id, String name, String prefix, String key) {

  static CreatedApiKeyResponse from(CreatedApiKey created) {
    return new CreatedApiKeyResponse(
        created.key().id().value(), created.key().name(), created.key().prefix(), created.secret());
  }

  @Override
  public String toString() {
    return "CreatedApiKeyResponse[" + id + ", " + name + ", " + prefix + ", ***]";
  }
}
