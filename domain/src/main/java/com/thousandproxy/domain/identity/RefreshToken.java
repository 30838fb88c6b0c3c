package com.thousandproxy.domain.identity;

import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One refresh token of a login session (its family). It is used exactly once: using it rotates it
 * to a successor. Presenting a token that was already rotated means someone else holds a copy, so
 * the whole family is revoked.
 */
public record RefreshToken(
    long id,
    UserId owner,
    String familyId,
    Instant expiresAt,
    Instant revokedAt,
    Long replacedById,
    Instant createdAt) {

  /** Where a presented token stands. */
  public enum Standing {
    USABLE,
    EXPIRED,
    /** Revoked (logout, deactivation, a detected reuse): refused, nothing more to do. */
    REVOKED,
    /** Already rotated to a successor: presenting it again means a copy is in other hands. */
    REUSED
  }

  public RefreshToken {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public Standing standingAt(Instant now) {
    if (replacedById != null) {
      return Standing.REUSED;
    }
    if (revokedAt != null) {
      return Standing.REVOKED;
    }
    return now.isBefore(expiresAt) ? Standing.USABLE : Standing.EXPIRED;
  }
}
