package com.thousandproxy.domain.identity;

import java.time.Instant;
import java.util.Objects;

/** An account about to be stored for the first time; the store gives it its id. */
public record NewUser(
    EmailAddress email, PasswordHash passwordHash, String name, Role role, Instant createdAt) {

  public NewUser {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    name = User.requireName(name);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Self-registration always makes a customer. */
  public static NewUser customer(
      EmailAddress email, PasswordHash hash, String name, Instant createdAt) {
    return new NewUser(email, hash, name, Role.CUSTOMER, createdAt);
  }
}
