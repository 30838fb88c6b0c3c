package com.thousandproxy.domain.identity;

import com.thousandproxy.domain.shared.Checks;

/** The adaptive hash of a password as stored; never printed either. */
public record PasswordHash(String value) {

  public PasswordHash {
    value = Checks.requireNonBlank(value, "passwordHash");
  }

  @Override
  public String toString() {
    return "PasswordHash[***]";
  }
}
