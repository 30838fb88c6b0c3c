package com.thousandproxy.api.identity;

import com.thousandproxy.domain.identity.ApiKey;
import java.time.Instant;

/** A key in the owner's list: its visible prefix, never the secret. */
public record ApiKeyResponse(
    long id,
    String name,
    String prefix,
    boolean active,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  static ApiKeyResponse from(ApiKey key) {
    return new ApiKeyResponse(
        key.id().value(),
        key.name(),
        key.prefix(),
        !key.isRevoked(),
        key.createdAt(),
        key.lastUsedAt(),
        key.revokedAt());
  }
}
