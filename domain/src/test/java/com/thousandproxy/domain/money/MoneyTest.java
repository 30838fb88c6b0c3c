package com.thousandproxy.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");

  @ParameterizedTest(name = "{0} {1} is held as {2}")
  @CsvSource({"9.9, USD, 9.90", "10, USD, 10.00", "9.990, USD, 9.99", "1200, JPY, 1200"})
  void anAmountIsHeldAtItsCurrencysScale(String amount, String currency, String held) {
    assertThat(Money.of(amount, currency).toPlainString()).isEqualTo(held);
  }

  @ParameterizedTest(name = "{0} {1} is refused")
  @CsvSource({"9.999, USD", "0.001, USD", "1.5, JPY"})
  void anAmountWithMoreDecimalsThanItsCurrencyIsRefusedNotRounded(String amount, String currency) {
    assertThatThrownBy(() -> Money.of(amount, currency))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decimals");
  }

  @Test
  void amountsOfOneCurrencyAddAndSubtract() {
    assertThat(Money.of("9.99", "USD").plus(Money.of("0.01", "USD")))
        .isEqualTo(Money.of("10", "USD"));
    assertThat(Money.of("5", "USD").minus(Money.of("7.50", "USD")))
        .isEqualTo(Money.of("-2.50", "USD"));
  }

  @Test
  void equalAmountsWrittenWithDifferentScalesAreEqual() {
    assertThat(new Money(new BigDecimal("3.5"), USD))
        .isEqualTo(new Money(new BigDecimal("3.50"), USD));
    assertThat(Money.of("3.5", "USD").hashCode()).isEqualTo(Money.of("3.50", "USD").hashCode());
  }

  @Test
  void twoCurrenciesAreNeverMixed() {
    Money dollars = Money.of("1", "USD");
    Money euros = Money.of("1", "EUR");

    assertThatThrownBy(() -> dollars.plus(euros))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.left()).isEqualTo(USD);
              assertThat(e.right()).isEqualTo(EUR);
            });
    assertThatThrownBy(() -> dollars.minus(euros)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> dollars.compareTo(euros))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> dollars.isAtLeast(euros))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void multiplyingKeepsTheScale() {
    assertThat(Money.of("9.99", "USD").times(3)).isEqualTo(Money.of("29.97", "USD"));
    assertThat(Money.of("9.99", "USD").times(0).isZero()).isTrue();
  }

  @Test
  void theSignIsReadable() {
    assertThat(Money.of("0.01", "USD").isPositive()).isTrue();
    assertThat(Money.zero(USD).isZero()).isTrue();
    assertThat(Money.of("0.01", "USD").negate().isNegative()).isTrue();
    assertThat(Money.zero(USD).isPositive()).isFalse();
    assertThat(Money.zero(USD).isNegative()).isFalse();
  }

  @Test
  void amountsOfOneCurrencyAreOrdered() {
    assertThat(Money.of("10", "USD").isAtLeast(Money.of("10.00", "USD"))).isTrue();
    assertThat(Money.of("9.99", "USD").isAtLeast(Money.of("10", "USD"))).isFalse();
    assertThat(Money.of("1", "USD")).isLessThan(Money.of("2", "USD"));
  }

  @Test
  void missingPartsAreRefused() {
    assertThatThrownBy(() -> new Money(null, USD)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Money(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class);
  }
}
