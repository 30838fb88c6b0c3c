package com.thousandproxy.adapters.persistence.payment;

import static com.thousandproxy.adapters.persistence.transaction.SqlParams.instant;

import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentPurpose;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.PaymentStatus;
import com.thousandproxy.domain.user.UserId;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Currency;

/** Reads a {@code payments} row. */
final class PaymentRows {

  private PaymentRows() {}

  static Payment payment(Readable row) {
    Long orderId = row.get("order_id", Long.class);
    String word = row.get("provider_status", String.class);
    String invoiceUrl = row.get("invoice_url", String.class);
    return new Payment(
        row.get("id", Long.class),
        new UserId(row.get("user_id", Long.class)),
        orderId == null ? null : new OrderId(orderId),
        PaymentPurpose.valueOf(row.get("purpose", String.class)),
        row.get("provider", String.class),
        row.get("provider_payment_id", String.class),
        PaymentStatus.valueOf(row.get("status", String.class)),
        word == null ? null : GatewayPaymentStatus.fromProvider(word),
        new Money(
            row.get("amount", BigDecimal.class),
            Currency.getInstance(row.get("currency", String.class).trim())),
        stripped(row.get("pay_amount", BigDecimal.class)),
        stripped(row.get("actually_paid", BigDecimal.class)),
        row.get("pay_currency", String.class),
        row.get("pay_address", String.class),
        invoiceUrl == null ? null : URI.create(invoiceUrl),
        instant(row, "expires_at"),
        instant(row, "created_at"));
  }

  /** Crypto amounts come back with 18 decimals; show them as the gateway wrote them. */
  private static BigDecimal stripped(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros();
  }
}
