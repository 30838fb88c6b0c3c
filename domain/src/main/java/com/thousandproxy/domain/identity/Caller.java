package com.thousandproxy.domain.identity;

import com.thousandproxy.domain.user.UserId;
import java.util.Objects;

/**
 * Who is making a request, after authentication. The one ownership rule lives here: a resource
 * owned by a user is visible to that user and to admins, and to nobody else.
 */
public record Caller(UserId userId, Role role) {

  public Caller {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  /** Whether this caller may see or change a resource owned by {@code owner}. */
  public boolean mayAccessResourceOf(UserId owner) {
    return isAdmin() || userId.equals(owner);
  }
}
