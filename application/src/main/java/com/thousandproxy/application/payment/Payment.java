package com.thousandproxy.application.payment;

import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.PaymentStatus;
import com.thousandproxy.domain.user.UserId;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One payment as we store it: from the wallet (paid at once) or at a gateway (opened unpaid, then
 * moved forward only by verified provider events). Its id is the reference the gateway echoes.
 *
 * @param orderId null for a wallet top-up
 * @param provider {@code wallet}, {@code nowpayments} or {@code demo}
 * @param providerPaymentId null until the gateway opened it (and always for the wallet)
 * @param providerStatus the gateway's last word, null before it said anything
 */
public record Payment(
    long id,
    UserId userId,
    @Nullable OrderId orderId,
    PaymentPurpose purpose,
    String provider,
    @Nullable String providerPaymentId,
    PaymentStatus status,
    @Nullable GatewayPaymentStatus providerStatus,
    Money amount,
    @Nullable BigDecimal payAmount,
    @Nullable BigDecimal actuallyPaid,
    @Nullable String payCurrency,
    @Nullable String payAddress,
    @Nullable URI invoiceUrl,
    @Nullable Instant expiresAt,
    Instant createdAt) {

  public static final String WALLET = "wallet";

  public Payment {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The text gateways echo back as {@code order_id}: our payment id. */
  public String reference() {
    return Long.toString(id);
  }

  /** The ledger reference of any wallet credit this payment causes, so it happens once. */
  public String ledgerReference() {
    return "payment:" + id;
  }

  public Payment withStatus(PaymentStatus newStatus, @Nullable GatewayPaymentStatus newWord) {
    return new Payment(
        id,
        userId,
        orderId,
        purpose,
        provider,
        providerPaymentId,
        newStatus,
        newWord,
        amount,
        payAmount,
        actuallyPaid,
        payCurrency,
        payAddress,
        invoiceUrl,
        expiresAt,
        createdAt);
  }
}
