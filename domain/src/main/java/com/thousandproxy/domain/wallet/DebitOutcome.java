package com.thousandproxy.domain.wallet;

import com.thousandproxy.domain.money.Money;
import java.util.Objects;

/** What asking a wallet for money gives: the change, or a refusal that leaves it untouched. */
public sealed interface DebitOutcome {

  record Debited(WalletChange change) implements DebitOutcome {
    public Debited {
      Objects.requireNonNull(change, "change");
    }
  }

  /** The balance does not cover the amount; nothing was taken. */
  record InsufficientFunds(Money balance, Money requested) implements DebitOutcome {
    public InsufficientFunds {
      Objects.requireNonNull(balance, "balance");
      Objects.requireNonNull(requested, "requested");
    }

    public Money shortfall() {
      return requested.minus(balance);
    }
  }
}
