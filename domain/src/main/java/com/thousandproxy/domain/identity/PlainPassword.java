package com.thousandproxy.domain.identity;

import java.util.Objects;

/**
 * A password as the user typed it. It never prints itself, so it cannot reach a log by accident;
 * only the hasher reads {@link #reveal()}.
 */
public record PlainPassword(String value) {

  public PlainPassword {
    Objects.requireNonNull(value, "password");
  }

  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "PlainPassword[***]";
  }
}
