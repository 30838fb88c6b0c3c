package com.thousandproxy.application.wallet;

import com.thousandproxy.domain.money.Money;

/** The wallet does not cover the amount; nothing was charged or created. */
public final class InsufficientBalanceException extends RuntimeException {

  private final Money balance;
  private final Money requested;

  public InsufficientBalanceException(Money balance, Money requested) {
    super(
        "the balance " + balance.toPlainString() + " does not cover " + requested.toPlainString());
    this.balance = balance;
    this.requested = requested;
  }

  public Money balance() {
    return balance;
  }

  public Money requested() {
    return requested;
  }
}
