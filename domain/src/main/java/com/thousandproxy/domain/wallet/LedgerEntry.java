package com.thousandproxy.domain.wallet;

import com.thousandproxy.domain.money.CurrencyMismatchException;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.shared.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of a wallet's balance, never edited once written.
 *
 * @param amount signed: positive adds to the balance, negative takes from it
 * @param balanceAfter the balance this entry left, never below zero
 * @param reference what caused it, e.g. {@code order:42} or {@code payment:7}; with the type it
 *     lets the store refuse the same credit twice
 */
public record LedgerEntry(
    LedgerEntryType type, Money amount, Money balanceAfter, String reference, Instant createdAt) {

  public LedgerEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(balanceAfter, "balanceAfter");
    if (!amount.currency().equals(balanceAfter.currency())) {
      throw new CurrencyMismatchException(amount.currency(), balanceAfter.currency());
    }
    if (!type.allowsSign(amount.amount().signum())) {
      throw new IllegalArgumentException(
          type + " cannot have the amount " + amount.toPlainString());
    }
    if (balanceAfter.isNegative()) {
      throw new IllegalArgumentException("a balance never goes below zero");
    }
    reference = Checks.requireNonBlank(reference, "reference");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public Money balanceBefore() {
    return balanceAfter.minus(amount);
  }
}
