package com.thousandproxy.application.payment;

import com.thousandproxy.domain.money.Money;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A payment to open at a gateway.
 *
 * @param reference our payment reference, echoed back in webhooks (NowPayments {@code order_id})
 * @param price what the customer owes, in fiat
 * @param payCurrency the provider's ticker of the coin to pay with, e.g. {@code btc}, {@code
 *     usdttrc20} (lower-cased here)
 * @param ipnCallbackUrl where the provider posts status changes (absolute http(s) URL)
 */
public record NewPayment(
    String reference, Money price, String payCurrency, URI ipnCallbackUrl, String description) {

  private static final Pattern TICKER = Pattern.compile("[a-z0-9]{2,20}");

  public NewPayment {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(payCurrency, "payCurrency");
    Objects.requireNonNull(ipnCallbackUrl, "ipnCallbackUrl");
    Objects.requireNonNull(description, "description");
    if (reference.isBlank()) {
      throw new IllegalArgumentException("reference is blank");
    }
    if (!price.isPositive()) {
      throw new IllegalArgumentException("price must be positive");
    }
    payCurrency = payCurrency.trim().toLowerCase(Locale.ROOT);
    if (!TICKER.matcher(payCurrency).matches()) {
      throw new IllegalArgumentException("not a currency ticker: " + payCurrency);
    }
    String scheme = ipnCallbackUrl.getScheme();
    if (!ipnCallbackUrl.isAbsolute()
        || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException("ipnCallbackUrl must be an absolute http(s) URL");
    }
  }
}
