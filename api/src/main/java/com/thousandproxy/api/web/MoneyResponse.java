package com.thousandproxy.api.web;

import com.thousandproxy.domain.money.Money;

/** Money on the wire: the amount as a decimal string, never a float. */
public record MoneyResponse(String amount, String currency) {

  public static MoneyResponse from(Money money) {
    return new MoneyResponse(money.toPlainString(), money.currency().getCurrencyCode());
  }
}
