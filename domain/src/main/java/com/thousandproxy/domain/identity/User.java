package com.thousandproxy.domain.identity;

import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * An account. It is registered as a customer, may be promoted or demoted by an admin, and may be
 * deactivated: a deactivated account can neither log in nor use tokens or keys it already holds.
 */
public record User(
    UserId id,
    EmailAddress email,
    PasswordHash passwordHash,
    String name,
    Role role,
    boolean active,
    Instant createdAt,
    Instant updatedAt,
    Instant lastLoginAt) {

  public static final int MAX_NAME_LENGTH = 150;

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    name = requireName(name);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** A display name: stripped, not blank, at most {@value #MAX_NAME_LENGTH} characters. */
  public static String requireName(String name) {
    return DisplayNames.require(name, MAX_NAME_LENGTH);
  }

  public User withRole(Role newRole, Instant now) {
    return new User(id, email, passwordHash, name, newRole, active, createdAt, now, lastLoginAt);
  }

  public User withActive(boolean newActive, Instant now) {
    return new User(id, email, passwordHash, name, role, newActive, createdAt, now, lastLoginAt);
  }

  public User loggedInAt(Instant now) {
    return new User(id, email, passwordHash, name, role, active, createdAt, updatedAt, now);
  }

  public Caller asCaller() {
    return new Caller(id, role);
  }
}
