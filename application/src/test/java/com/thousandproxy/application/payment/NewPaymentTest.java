package com.thousandproxy.application.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.thousandproxy.domain.money.Money;
import java.net.URI;
import org.junit.jupiter.api.Test;

class NewPaymentTest {

  private static final URI CALLBACK =
      URI.create("https://shop.example/api/v1/payments/webhooks/nowpayments");

  @Test
  void thePayCurrencyIsNormalisedToTheProvidersLowerCaseTicker() {
    NewPayment payment = new NewPayment("p-1", Money.of("4.99", "USD"), " BTC ", CALLBACK, "x");

    assertThat(payment.payCurrency()).isEqualTo("btc");
  }

  @Test
  void aZeroPriceIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NewPayment("p-1", Money.of("0", "USD"), "btc", CALLBACK, "x"));
  }

  @Test
  void aCallbackThatIsNotAnAbsoluteHttpUrlIsRefused() {
    Money price = Money.of("4.99", "USD");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NewPayment("p-1", price, "btc", URI.create("/relative"), "x"));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new NewPayment("p-1", price, "btc", URI.create("ftp://shop.example/x"), "x"));
  }

  @Test
  void somethingThatIsNotATickerIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NewPayment("p-1", Money.of("4.99", "USD"), "btc|eth", CALLBACK, "x"));
  }

  @Test
  void aBlankReferenceIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NewPayment(" ", Money.of("4.99", "USD"), "btc", CALLBACK, "x"));
  }
}
