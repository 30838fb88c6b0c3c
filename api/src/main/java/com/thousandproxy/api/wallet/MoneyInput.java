package com.thousandproxy.api.wallet;

import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;

/** Reads an amount sent as a decimal string ({@code "20.00"}) in the wallet's currency. */
final class MoneyInput {

  private MoneyInput() {}

  static Money parse(String field, String text, Currency currency) {
    if (text == null || text.isBlank()) {
      throw InvalidRequestException.of(field, "is required");
    }
    try {
      BigDecimal amount = new BigDecimal(text.strip());
      if (amount.precision() - amount.scale() > 15) {
        throw InvalidRequestException.of(field, "is too large");
      }
      return new Money(amount, currency);
    } catch (NumberFormatException | ArithmeticException e) {
      throw InvalidRequestException.of(field, "must be a decimal amount such as \"20.00\"");
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of(
          field, "has more than " + currency.getDefaultFractionDigits() + " decimals");
    }
  }
}
