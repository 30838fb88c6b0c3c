package com.thousandproxy.domain.money;

import java.util.Currency;

/** Two amounts of different currencies were combined; money is never converted implicitly. */
public final class CurrencyMismatchException extends IllegalArgumentException {

  private final Currency left;
  private final Currency right;

  public CurrencyMismatchException(Currency left, Currency right) {
    super("cannot combine " + left + " with " + right);
    this.left = left;
    this.right = right;
  }

  public Currency left() {
    return left;
  }

  public Currency right() {
    return right;
  }
}
