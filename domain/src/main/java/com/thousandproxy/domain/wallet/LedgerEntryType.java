package com.thousandproxy.domain.wallet;

/** Why a wallet's balance changed; the type fixes the sign of the change. */
public enum LedgerEntryType {
  TOP_UP(Sign.CREDIT),
  PURCHASE(Sign.DEBIT),
  REFUND(Sign.CREDIT),
  /** An admin's correction, either way. */
  ADJUSTMENT(Sign.EITHER);

  private enum Sign {
    CREDIT,
    DEBIT,
    EITHER
  }

  private final Sign sign;

  LedgerEntryType(Sign sign) {
    this.sign = sign;
  }

  /** Whether an entry of this type may carry an amount of this sign ({@code -1}, {@code 1}). */
  public boolean allowsSign(int signum) {
    return switch (sign) {
      case CREDIT -> signum > 0;
      case DEBIT -> signum < 0;
      case EITHER -> signum != 0;
    };
  }
}
