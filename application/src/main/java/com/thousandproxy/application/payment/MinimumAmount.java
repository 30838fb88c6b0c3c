package com.thousandproxy.application.payment;

import com.thousandproxy.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * The smallest payment a provider accepts in one coin, and what it is worth in fiat at today's
 * rate.
 *
 * @param payAmount the minimum in {@code payCurrency}, exact as the provider wrote it
 * @param fiatEquivalent its value in {@code fiatCurrency}, exact (may have many decimals)
 */
public record MinimumAmount(
    String payCurrency, BigDecimal payAmount, Currency fiatCurrency, BigDecimal fiatEquivalent) {

  public MinimumAmount {
    Objects.requireNonNull(payCurrency, "payCurrency");
    Objects.requireNonNull(payAmount, "payAmount");
    Objects.requireNonNull(fiatCurrency, "fiatCurrency");
    Objects.requireNonNull(fiatEquivalent, "fiatEquivalent");
  }

  /** The minimum as a price, rounded up to the currency's cents so that it is really enough. */
  public Money minimumPrice() {
    return new Money(
        fiatEquivalent.setScale(fiatCurrency.getDefaultFractionDigits(), RoundingMode.CEILING),
        fiatCurrency);
  }

  /** Whether {@code price} (same fiat currency) reaches this minimum. */
  public boolean isReachedBy(Money price) {
    return price.isAtLeast(minimumPrice());
  }
}
