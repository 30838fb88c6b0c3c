package com.thousandproxy.domain.shared;

import java.util.Objects;

/** The argument checks the aggregates' constructors share. */
public final class Checks {

  private Checks() {}

  /** Returns the text stripped, refusing null and blank. */
  public static String requireNonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return stripped;
  }

  public static int requireWithin(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
    }
    return value;
  }
}
