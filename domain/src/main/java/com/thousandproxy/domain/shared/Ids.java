package com.thousandproxy.domain.shared;

/** The one rule all numeric ids share: the store hands out positive numbers only. */
public final class Ids {

  private Ids() {}

  public static long requirePositive(long value, String idName) {
    if (value <= 0) {
      throw new IllegalArgumentException(idName + " must be positive, was " + value);
    }
    return value;
  }
}
