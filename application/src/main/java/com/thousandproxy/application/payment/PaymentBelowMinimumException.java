package com.thousandproxy.application.payment;

import com.thousandproxy.domain.money.Money;
import java.util.Optional;

/** The amount is below what the gateway accepts in the chosen coin; nothing was charged. */
public final class PaymentBelowMinimumException extends RuntimeException {

  private final transient Optional<Money> minimum;
  private final String payCurrency;

  public PaymentBelowMinimumException(Optional<Money> minimum, String payCurrency) {
    super("below the gateway minimum for " + payCurrency);
    this.minimum = minimum;
    this.payCurrency = payCurrency;
  }

  /** The smallest price payable in the coin, when the gateway said. */
  public Optional<Money> minimum() {
    return minimum;
  }

  public String payCurrency() {
    return payCurrency;
  }
}
