package com.thousandproxy.application.wallet.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.ordering.testing.Fakes;
import com.thousandproxy.application.ordering.testing.Shop;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.IdempotencyKey;
import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentAmounts;
import com.thousandproxy.application.payment.PaymentEvent;
import com.thousandproxy.application.payment.PaymentPurpose;
import com.thousandproxy.application.payment.service.IdempotentRequests;
import com.thousandproxy.application.wallet.WalletPosting;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.PaymentStatus;
import com.thousandproxy.domain.user.UserId;
import com.thousandproxy.domain.wallet.LedgerEntryType;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TopUpWalletServiceTest {

  private static final UserId ALICE = new UserId(7);

  private final Shop shop = new Shop();
  private final TopUpWalletService topUps =
      new TopUpWalletService(
          shop.payments,
          shop.checkout(),
          new IdempotentRequests(new Fakes.Keys(), shop.clock, Duration.ofHours(24)),
          shop.transactions,
          shop.clock);

  @Test
  void aTopUpIsCreditedOnceWhenTheGatewaySaysFinished() {
    Payment payment = topUp("20.00", null);
    assertThat(payment.purpose()).isEqualTo(PaymentPurpose.TOP_UP);
    assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
    assertThat(shop.wallets.ledger()).isEmpty();

    shop.processor.apply(event(payment, "finished", "20.00", 1), "{}").block();
    shop.processor.apply(event(payment, "finished", "20.00", 1), "{}").block();
    shop.processor.apply(event(payment, "finished", "20.00", 2), "{}").block();

    assertThat(shop.wallets.balance(ALICE)).isEqualTo(Money.of("20.00", "USD"));
    assertThat(shop.wallets.ledger()).hasSize(1);
    assertThat(shop.jobs.byKey)
        .containsOnlyKeys("email:paid:" + payment.id())
        .extractingByKey("email:paid:" + payment.id())
        .satisfies(
            mail -> {
              assertThat(mail.arguments()).containsEntry("userId", "7");
              assertThat(mail.arguments().get("text")).contains("20.00 USD").contains("wallet");
            });
  }

  @Test
  void aPartialTopUpCreditsWhatArrivedAndAFinishedOneAfterItOnlyTheRest() {
    Payment payment = topUp("20.00", null);

    shop.processor.apply(event(payment, "partially_paid", "5.00", 1), "{}").block();
    assertThat(shop.wallets.balance(ALICE)).isEqualTo(Money.of("5.00", "USD"));
    shop.processor.apply(event(payment, "finished", "20.00", 2), "{}").block();

    assertThat(shop.wallets.balance(ALICE)).isEqualTo(Money.of("20.00", "USD"));
  }

  @Test
  void aRefundedTopUpTakesWhatItCreditedBackOnce() {
    Payment payment = topUp("20.00", null);
    shop.processor.apply(event(payment, "partially_paid", "5.00", 1), "{}").block();
    shop.processor.apply(event(payment, "finished", "20.00", 2), "{}").block();

    shop.processor.apply(event(payment, "refunded", "20.00", 3), "{}").block();
    shop.processor.apply(event(payment, "refunded", "20.00", 4), "{}").block();

    assertThat(shop.wallets.balance(ALICE)).isEqualTo(Money.of("0.00", "USD"));
    assertThat(shop.wallets.ledger())
        .extracting(t -> t.entry().type())
        .containsExactly(
            LedgerEntryType.TOP_UP, LedgerEntryType.TOP_UP, LedgerEntryType.ADJUSTMENT);
    assertThat(shop.audit.actions()).contains("payment.refunded");
  }

  @Test
  void aRefundOfATopUpAlreadySpentNeverOverdrawsAndIsLeftToAnAdmin() {
    Payment payment = topUp("20.00", null);
    shop.processor.apply(event(payment, "finished", "20.00", 1), "{}").block();
    shop.wallets
        .debit(
            new WalletPosting(
                ALICE,
                LedgerEntryType.PURCHASE,
                Money.of("15.00", "USD"),
                "order:1",
                null,
                null,
                shop.clock.instant()))
        .block();

    shop.processor.apply(event(payment, "refunded", "20.00", 2), "{}").block();

    assertThat(shop.wallets.balance(ALICE)).isEqualTo(Money.of("5.00", "USD"));
    assertThat(shop.audit.actions()).contains("payment.refund_uncovered", "payment.refunded");
  }

  @Test
  void theSameIdempotencyKeyOpensOnePayment() {
    IdempotencyKey key = new IdempotencyKey("wallet.top-up", "k-1");

    assertThat(topUp("20.00", key).id()).isEqualTo(topUp("20.00", key).id());
    assertThat(shop.gateway.requests).hasSize(1);
  }

  private Payment topUp(String amount, IdempotencyKey key) {
    return topUps.topUp(ALICE, Money.of(amount, "USD"), null, key).block();
  }

  private PaymentEvent event(Payment created, String status, String paidAtFiat, long at) {
    Payment payment = shop.payments.payment(created.id());
    return new PaymentEvent(
        "nowpayments",
        payment.providerPaymentId(),
        payment.reference(),
        GatewayPaymentStatus.fromProvider(status),
        new PaymentAmounts(
            payment.amount().amount(),
            "usd",
            null,
            "btc",
            null,
            new BigDecimal(paidAtFiat),
            null,
            "btc"),
        null,
        null,
        payment.providerPaymentId() + ":" + status + ":" + at);
  }
}
