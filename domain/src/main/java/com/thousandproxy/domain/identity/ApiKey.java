package com.thousandproxy.domain.identity;

import com.thousandproxy.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A reseller's API key as stored: its visible prefix, never the secret. It authenticates as its
 * owner until it is revoked; revocation is final.
 */
public record ApiKey(
    ApiKeyId id,
    UserId owner,
    String name,
    String prefix,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  public static final int MAX_NAME_LENGTH = 100;

  /** How stale the last-used time may get before a use writes it again. */
  public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    name = requireName(name);
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public static String requireName(String name) {
    return DisplayNames.require(name, MAX_NAME_LENGTH);
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  /** Whether a use at {@code now} should record itself as the last use. */
  public boolean lastUseIsStale(Instant now) {
    return lastUsedAt == null || lastUsedAt.plus(LAST_USED_PRECISION).isBefore(now);
  }
}
