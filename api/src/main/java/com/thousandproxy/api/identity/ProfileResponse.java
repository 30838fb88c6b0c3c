package com.thousandproxy.api.identity;

import com.thousandproxy.domain.identity.User;
import java.time.Instant;

/** An account as its owner and admins see it. */
public record ProfileResponse(
    long id,
    String email,
    String name,
    String role,
    boolean active,
    Instant createdAt,
    Instant lastLoginAt) {

  public static ProfileResponse from(User user) {
    return new ProfileResponse(
        user.id().value(),
        user.email().value(),
        user.name(),
        user.role().name(),
        user.active(),
        user.createdAt(),
        user.lastLoginAt());
  }
}
