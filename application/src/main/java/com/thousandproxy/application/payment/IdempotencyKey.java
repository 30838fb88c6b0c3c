package com.thousandproxy.application.payment;

import java.util.Objects;

/**
 * A client's {@code Idempotency-Key} for one operation: 1 to 191 visible ASCII characters.
 *
 * @param scope the operation it belongs to, e.g. {@code orders.create}
 */
public record IdempotencyKey(String scope, String value) {

  public static final int MAX_LENGTH = 191;

  public IdempotencyKey {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(value, "value");
    value = value.strip();
    if (!isValid(value)) {
      throw new IllegalArgumentException("Idempotency-Key must be 1 to 191 visible characters");
    }
  }

  public static boolean isValid(String value) {
    return value != null
        && !value.isBlank()
        && value.strip().length() <= MAX_LENGTH
        && value.strip().chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }
}
