package com.thousandproxy.application.payment.service;

import static com.thousandproxy.application.payment.PaymentEventOutcome.AMOUNT_MISMATCH;
import static com.thousandproxy.application.payment.PaymentEventOutcome.APPLIED;
import static com.thousandproxy.application.payment.PaymentEventOutcome.CREDITED_TO_WALLET;
import static com.thousandproxy.application.payment.PaymentEventOutcome.DUPLICATE;
import static com.thousandproxy.application.payment.PaymentEventOutcome.PARTIAL_CREDITED;
import static com.thousandproxy.application.payment.PaymentEventOutcome.PARTIAL_HELD;
import static com.thousandproxy.application.payment.PaymentEventOutcome.PROGRESSED;
import static com.thousandproxy.application.payment.PaymentEventOutcome.REPEATED_DEPOSIT;
import static com.thousandproxy.application.payment.PaymentEventOutcome.STALE;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.ordering.PlacedOrder;
import com.thousandproxy.application.ordering.testing.Shop;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.PartialPaymentPolicy;
import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentAmounts;
import com.thousandproxy.application.payment.PaymentEvent;
import com.thousandproxy.application.payment.PaymentEventOutcome;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.ordering.PaymentStatus;
import com.thousandproxy.domain.user.UserId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentEventProcessorTest {

  private static final UserId ALICE = new UserId(7);

  private Shop shop = new Shop();

  @Test
  void aFinishedEventPaysTheOrderOnceAndQueuesOneProvisioningJob() {
    PlacedOrder placed = gatewayOrder();

    assertThat(apply(event(placed, "finished", "4.99", "4.99", 1))).isEqualTo(APPLIED);
    assertThat(apply(event(placed, "finished", "4.99", "4.99", 1))).isEqualTo(DUPLICATE);
    assertThat(apply(event(placed, "finished", "4.99", "4.99", 2))).isEqualTo(STALE);
    assertThat(apply(event(placed, "confirming", "4.99", "0", 3))).isEqualTo(STALE);

    assertThat(order(placed).status()).isEqualTo(OrderStatus.PAID);
    assertThat(payment(placed).status()).isEqualTo(PaymentStatus.PAID);
    assertThat(shop.jobs.byKey)
        .containsOnlyKeys(
            "provision-order:" + orderId(placed), "email:paid:" + placed.payment().id());
    assertThat(shop.jobs.byKey.get("email:paid:" + placed.payment().id()).arguments())
        .containsEntry("userId", Long.toString(placed.order().order().userId().value()))
        .extractingByKey("text")
        .asString()
        .contains("4.99 USD");
    assertThat(shop.wallets.ledger()).isEmpty();
  }

  @Test
  void inFlightWordsMoveForwardButNeverBack() {
    PlacedOrder placed = gatewayOrder();

    assertThat(apply(event(placed, "confirming", "4.99", "0", 1))).isEqualTo(PROGRESSED);
    assertThat(apply(event(placed, "waiting", "4.99", "0", 2))).isEqualTo(STALE);
    assertThat(payment(placed).providerStatus()).isEqualTo(GatewayPaymentStatus.CONFIRMING);
  }

  @Test
  void aPartialPaymentDeliversNothingAndCreditsTheReceivedValueOnce() {
    PlacedOrder placed = gatewayOrder();

    assertThat(apply(event(placed, "partially_paid", "4.99", "2.50", 1)))
        .isEqualTo(PARTIAL_CREDITED);
    assertThat(apply(event(placed, "partially_paid", "4.99", "2.50", 2))).isEqualTo(STALE);
    assertThat(apply(event(placed, "finished", "4.99", "4.99", 3))).isEqualTo(STALE);

    assertThat(order(placed).status()).isEqualTo(OrderStatus.PENDING);
    assertThat(order(placed).paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(shop.wallets.balance(ALICE)).isEqualTo(Money.of("2.50", "USD"));
    assertThat(shop.jobs.byKey).isEmpty();
  }

  @Test
  void aPartialPaymentHeldByPolicyCreditsNothingAndIsAudited() {
    shop = new Shop(PartialPaymentPolicy.HOLD);
    PlacedOrder placed = gatewayOrder();

    assertThat(apply(event(placed, "partially_paid", "4.99", "2.50", 1))).isEqualTo(PARTIAL_HELD);

    assertThat(order(placed).paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
    assertThat(shop.wallets.ledger()).isEmpty();
    assertThat(shop.audit.actions()).contains("payment.partially_paid_held");
  }

  @Test
  void aRepeatedDepositIsNeverFulfilledAutomatically() {
    PlacedOrder placed = gatewayOrder();
    PaymentEvent base = event(placed, "finished", "4.99", "4.99", 1);
    PaymentEvent repeated =
        new PaymentEvent(
            base.provider(),
            "999",
            null,
            base.status(),
            base.amounts(),
            payment(placed).providerPaymentId(),
            null,
            "999:finished:1");

    assertThat(apply(repeated)).isEqualTo(REPEATED_DEPOSIT);
    assertThat(order(placed).status()).isEqualTo(OrderStatus.PENDING);
    assertThat(shop.audit.actions()).contains("payment.repeated_deposit");
  }

  @Test
  void anEventForAnotherPriceIsNotFulfilled() {
    PlacedOrder placed = gatewayOrder();

    assertThat(apply(event(placed, "finished", "0.99", "0.99", 1))).isEqualTo(AMOUNT_MISMATCH);
    assertThat(order(placed).status()).isEqualTo(OrderStatus.PENDING);
  }

  @Test
  void aFailedOrExpiredPaymentClosesTheOrder() {
    PlacedOrder failed = gatewayOrder();
    PlacedOrder expired = gatewayOrder();

    assertThat(apply(event(failed, "failed", "4.99", "0", 1))).isEqualTo(APPLIED);
    assertThat(apply(event(expired, "expired", "4.99", "0", 1))).isEqualTo(APPLIED);

    assertThat(order(failed).status()).isEqualTo(OrderStatus.FAILED);
    assertThat(order(failed).paymentStatus()).isEqualTo(PaymentStatus.FAILED);
    assertThat(order(expired).status()).isEqualTo(OrderStatus.EXPIRED);
    assertThat(order(expired).paymentStatus()).isEqualTo(PaymentStatus.EXPIRED);
  }

  @Test
  void aLateDepositOnAnExpiredPaymentGoesToTheWalletOnce() {
    PlacedOrder placed = gatewayOrder();
    apply(event(placed, "expired", "4.99", "0", 1));

    assertThat(apply(event(placed, "finished", "4.99", "4.99", 2))).isEqualTo(CREDITED_TO_WALLET);
    assertThat(apply(event(placed, "finished", "4.99", "4.99", 3))).isEqualTo(CREDITED_TO_WALLET);

    assertThat(order(placed).status()).isEqualTo(OrderStatus.EXPIRED);
    assertThat(shop.wallets.balance(ALICE)).isEqualTo(Money.of("4.99", "USD"));
    assertThat(shop.jobs.byKey).isEmpty();
  }

  @Test
  void moneyForAnOrderCancelledMeanwhileGoesToTheWallet() {
    PlacedOrder placed = gatewayOrder();
    var order = order(placed);
    shop.orders.transition(order, order.cancel(), shop.clock.instant()).block();

    assertThat(apply(event(placed, "finished", "4.99", "4.99", 1))).isEqualTo(CREDITED_TO_WALLET);

    assertThat(shop.wallets.balance(ALICE)).isEqualTo(Money.of("4.99", "USD"));
    assertThat(payment(placed).status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(shop.jobs.byKey).isEmpty();
  }

  @Test
  void aRefundAfterDeliveryQueuesTheSuspensionOfItsClientsAndIsAudited() {
    PlacedOrder placed = gatewayOrder();
    apply(event(placed, "finished", "4.99", "4.99", 1));

    assertThat(apply(event(placed, "refunded", "4.99", "4.99", 2))).isEqualTo(APPLIED);

    assertThat(order(placed).status()).isEqualTo(OrderStatus.REFUNDED);
    assertThat(shop.jobs.byKey).containsKey("suspend-order-clients:" + orderId(placed));
    assertThat(shop.audit.actions()).contains("payment.refunded");
  }

  private PlacedOrder gatewayOrder() {
    return shop.gatewayOrder(ALICE);
  }

  private PaymentEventOutcome apply(PaymentEvent event) {
    return shop.processor.apply(event, "{}").block();
  }

  private PaymentEvent event(
      PlacedOrder placed, String status, String price, String paidAtFiat, long updatedAt) {
    Payment payment = payment(placed);
    PaymentAmounts amounts =
        new PaymentAmounts(
            new BigDecimal(price),
            "usd",
            new BigDecimal("0.0001"),
            "btc",
            new BigDecimal("0.0001"),
            new BigDecimal(paidAtFiat),
            null,
            "btc");
    return new PaymentEvent(
        "nowpayments",
        payment.providerPaymentId(),
        payment.reference(),
        GatewayPaymentStatus.fromProvider(status),
        amounts,
        null,
        null,
        payment.providerPaymentId() + ":" + status + ":" + updatedAt);
  }

  private Payment payment(PlacedOrder placed) {
    return shop.payments.payment(placed.payment().id());
  }

  private com.thousandproxy.domain.ordering.Order order(PlacedOrder placed) {
    return shop.orders.order(orderId(placed));
  }

  private static long orderId(PlacedOrder placed) {
    return placed.order().order().id().value();
  }
}
