package com.thousandproxy.domain.wallet;

import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A user's prepaid balance in one currency: it grows by top-ups, refunds and adjustments and
 * shrinks by purchases, never below zero, and each change comes with the ledger entry that records
 * it, so the balance always equals the sum of the ledger.
 */
public record Wallet(UserId owner, Money balance) {

  public Wallet {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(balance, "balance");
    if (balance.isNegative()) {
      throw new IllegalArgumentException("a wallet balance never goes below zero");
    }
  }

  public static Wallet open(UserId owner, Currency currency) {
    return new Wallet(owner, Money.zero(currency));
  }

  /**
   * Rebuilds a wallet from its whole ledger, oldest first, refusing a ledger whose entries do not
   * follow each other.
   */
  public static Wallet replay(UserId owner, Currency currency, List<LedgerEntry> ledger) {
    Wallet wallet = open(owner, currency);
    for (LedgerEntry entry : ledger) {
      if (!entry.balanceBefore().equals(wallet.balance)) {
        throw new IllegalArgumentException(
            "ledger entry " + entry.reference() + " does not follow " + wallet.balance);
      }
      wallet = new Wallet(owner, entry.balanceAfter());
    }
    return wallet;
  }

  public Currency currency() {
    return balance.currency();
  }

  public WalletChange topUp(Money amount, String reference, Clock clock) {
    return credit(LedgerEntryType.TOP_UP, amount, reference, clock);
  }

  public WalletChange refund(Money amount, String reference, Clock clock) {
    return credit(LedgerEntryType.REFUND, amount, reference, clock);
  }

  public WalletChange creditAdjustment(Money amount, String reference, Clock clock) {
    return credit(LedgerEntryType.ADJUSTMENT, amount, reference, clock);
  }

  public DebitOutcome pay(Money amount, String reference, Clock clock) {
    return debit(LedgerEntryType.PURCHASE, amount, reference, clock);
  }

  public DebitOutcome debitAdjustment(Money amount, String reference, Clock clock) {
    return debit(LedgerEntryType.ADJUSTMENT, amount, reference, clock);
  }

  public boolean covers(Money amount) {
    return balance.isAtLeast(amount);
  }

  private WalletChange credit(LedgerEntryType type, Money amount, String reference, Clock clock) {
    return apply(type, requirePositive(amount), reference, clock);
  }

  private DebitOutcome debit(LedgerEntryType type, Money amount, String reference, Clock clock) {
    if (!covers(requirePositive(amount))) {
      return new DebitOutcome.InsufficientFunds(balance, amount);
    }
    return new DebitOutcome.Debited(apply(type, amount.negate(), reference, clock));
  }

  private WalletChange apply(LedgerEntryType type, Money signed, String reference, Clock clock) {
    Money after = balance.plus(signed);
    var entry = new LedgerEntry(type, signed, after, reference, clock.instant());
    return new WalletChange(new Wallet(owner, after), entry);
  }

  private Money requirePositive(Money amount) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a wallet change needs a positive amount");
    }
    return amount;
  }
}
