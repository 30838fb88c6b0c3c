package com.thousandproxy.application.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MinimumAmountTest {

  private static final Currency USD = Currency.getInstance("USD");

  private final MinimumAmount minimum =
      new MinimumAmount("btc", new BigDecimal("0.0078999"), USD, new BigDecimal("35.40626584"));

  @Test
  void theMinimumPriceIsRoundedUpToWholeCentsSoThatItIsReallyEnough() {
    assertThat(minimum.minimumPrice()).isEqualTo(Money.of("35.41", "USD"));
  }

  @Test
  void aPriceBelowTheRoundedMinimumDoesNotReachIt() {
    assertThat(minimum.isReachedBy(Money.of("35.40", "USD"))).isFalse();
    assertThat(minimum.isReachedBy(Money.of("35.41", "USD"))).isTrue();
  }

  @Test
  void theExactAmountsAreKeptAsTheProviderWroteThem() {
    assertThat(minimum.payAmount()).isEqualByComparingTo("0.0078999");
    assertThat(minimum.fiatEquivalent().toPlainString()).isEqualTo("35.40626584");
  }
}
