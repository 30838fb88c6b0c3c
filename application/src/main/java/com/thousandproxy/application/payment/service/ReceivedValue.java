package com.thousandproxy.application.payment.service;

import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentAmounts;
import com.thousandproxy.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * The fiat value of what actually arrived for a payment: the gateway's own figure when it gives
 * one, else the paid share of the price; rounded down to cents and never more than the price.
 */
final class ReceivedValue {

  private ReceivedValue() {}

  static Optional<Money> of(Payment payment, PaymentAmounts amounts) {
    String currency = payment.amount().currency().getCurrencyCode();
    if (amounts.priceCurrency() != null
        && !amounts.priceCurrency().toUpperCase(Locale.ROOT).equals(currency)) {
      return Optional.empty();
    }
    BigDecimal value = amounts.actuallyPaidAtFiat();
    if (value == null || value.signum() <= 0) {
      value = shareOfPrice(payment, amounts);
    }
    if (value == null) {
      return Optional.empty();
    }
    int scale = payment.amount().currency().getDefaultFractionDigits();
    BigDecimal capped = value.min(payment.amount().amount()).setScale(scale, RoundingMode.DOWN);
    return capped.signum() > 0
        ? Optional.of(new Money(capped, payment.amount().currency()))
        : Optional.empty();
  }

  private static BigDecimal shareOfPrice(Payment payment, PaymentAmounts amounts) {
    BigDecimal asked = amounts.payAmount() != null ? amounts.payAmount() : payment.payAmount();
    BigDecimal paid = amounts.actuallyPaid();
    if (asked == null || paid == null || asked.signum() <= 0) {
      return null;
    }
    return payment.amount().amount().multiply(paid).divide(asked, 8, RoundingMode.DOWN);
  }
}
