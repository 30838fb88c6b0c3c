package com.thousandproxy.application.wallet.service;

import com.thousandproxy.application.payment.IdempotencyKey;
import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentPurpose;
import com.thousandproxy.application.payment.port.out.PaymentRepository;
import com.thousandproxy.application.payment.service.GatewayCheckout;
import com.thousandproxy.application.payment.service.IdempotencyTicket;
import com.thousandproxy.application.payment.service.IdempotentRequests;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.application.wallet.port.in.TopUpWalletUseCase;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.PaymentStatus;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Opens a top-up payment at the gateway; the wallet is credited by the payment's {@code finished}
 * event, exactly once (see {@code PaymentEffects}).
 */
public final class TopUpWalletService implements TopUpWalletUseCase {

  static final String RESOURCE = "PAYMENT";

  private final PaymentRepository payments;
  private final GatewayCheckout checkout;
  private final IdempotentRequests idempotent;
  private final Transactions transactions;
  private final Clock clock;

  public TopUpWalletService(
      PaymentRepository payments,
      GatewayCheckout checkout,
      IdempotentRequests idempotent,
      Transactions transactions,
      Clock clock) {
    this.payments = payments;
    this.checkout = checkout;
    this.idempotent = idempotent;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public Mono<Payment> topUp(
      UserId owner, Money amount, String payCurrency, IdempotencyKey idempotencyKey) {
    String coin = checkout.coin(payCurrency);
    String fingerprint = "top-up|" + amount.toPlainString() + "|" + amount.currency() + "|" + coin;
    return idempotent.run(
        owner, idempotencyKey, fingerprint, payments::find, t -> open(owner, amount, coin, t));
  }

  private Mono<Payment> open(UserId owner, Money amount, String coin, IdempotencyTicket ticket) {
    Instant now = clock.instant();
    Mono<Payment> stored =
        transactions.inTransaction(
            () ->
                payments
                    .open(
                        owner,
                        null,
                        PaymentPurpose.TOP_UP,
                        checkout.provider(),
                        PaymentStatus.UNPAID,
                        amount,
                        now)
                    .flatMap(p -> ticket.complete(RESOURCE, p.id()).thenReturn(p)));
    return checkout
        .requireMinimum(amount, coin)
        .then(stored)
        .flatMap(
            payment ->
                checkout
                    .open(payment, coin, "1000proxy wallet top-up " + payment.id())
                    .onErrorResume(error -> abandon(payment).then(Mono.error(error))));
  }

  private Mono<Void> abandon(Payment payment) {
    return payments.expireUnpaid(payment.id(), clock.instant()).then();
  }
}
