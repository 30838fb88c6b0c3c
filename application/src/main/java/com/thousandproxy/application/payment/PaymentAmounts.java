package com.thousandproxy.application.payment;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The amounts a provider reports for one payment, exactly as it wrote them (parsed from the JSON
 * number text, never through {@code double}). Currencies are the provider's lower-case tickers; an
 * amount the provider did not send is null.
 *
 * @param priceAmount the price we asked for, in {@code priceCurrency} (fiat)
 * @param payAmount what the payer was asked to send, in {@code payCurrency} (crypto)
 * @param actuallyPaid what arrived so far, in {@code payCurrency}
 * @param actuallyPaidAtFiat its value in {@code priceCurrency} (often 0 in production IPNs)
 * @param outcomeAmount what reaches our wallet, in {@code outcomeCurrency}
 */
public record PaymentAmounts(
    @Nullable BigDecimal priceAmount,
    @Nullable String priceCurrency,
    @Nullable BigDecimal payAmount,
    @Nullable String payCurrency,
    @Nullable BigDecimal actuallyPaid,
    @Nullable BigDecimal actuallyPaidAtFiat,
    @Nullable BigDecimal outcomeAmount,
    @Nullable String outcomeCurrency) {}
