package com.thousandproxy.application.payment;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the payer must do: send {@code amount} of {@code currency} to {@code address}, quoting
 * {@code extraId} (memo/tag for XRP, XLM, ...) when it is present, or open the invoice page.
 */
public record PayInstructions(
    @Nullable String address,
    @Nullable BigDecimal amount,
    @Nullable String currency,
    @Nullable String extraId,
    @Nullable URI invoiceUrl,
    @Nullable Instant expiresAt) {}
