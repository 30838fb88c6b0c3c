package com.thousandproxy.application.ordering;

import java.util.Locale;
import java.util.Optional;

/** How an order is paid: at once from the wallet, or through the crypto gateway. */
public enum PaymentMethod {
  WALLET,
  NOWPAYMENTS;

  /** Reads the wire name ({@code "wallet"}, {@code "nowpayments"}), empty for anything else. */
  public static Optional<PaymentMethod> fromWire(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (PaymentMethod method : values()) {
      if (method.wireName().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
