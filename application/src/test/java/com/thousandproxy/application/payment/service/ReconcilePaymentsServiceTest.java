package com.thousandproxy.application.payment.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.ordering.PlacedOrder;
import com.thousandproxy.application.ordering.testing.FakeGateway;
import com.thousandproxy.application.ordering.testing.Shop;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentNotFoundException;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.user.UserId;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ReconcilePaymentsServiceTest {

  private static final UserId ALICE = new UserId(7);

  private final Shop shop = new Shop();
  private final ReconcilePaymentsService reconcile =
      new ReconcilePaymentsService(
          shop.gateway, shop.payments, shop.processor, shop.settings, shop.clock);

  @Test
  void aLostNotificationIsAppliedFromThePollAndPolledOncePerRound() {
    PlacedOrder placed = gatewayOrder();
    Payment payment = shop.payments.payment(placed.payment().id());
    shop.gateway.statuses.put(
        payment.providerPaymentId(),
        FakeGateway.payment(
            payment.providerPaymentId(),
            payment.reference(),
            GatewayPaymentStatus.FINISHED,
            Money.of("4.99", "USD")));

    assertThat(reconcile.reconcileDue().block()).isEqualTo(1);
    assertThat(reconcile.reconcileDue().block()).isZero();

    assertThat(shop.orders.order(placed.order().order().id().value()).status())
        .isEqualTo(OrderStatus.PAID);
    assertThat(shop.jobs.byKey)
        .containsOnlyKeys(
            "provision-order:" + placed.order().order().id().value(),
            "email:paid:" + placed.payment().id());
  }

  @Test
  void onlyTheOwnerMayReadOrRefreshAPayment() {
    PlacedOrder placed = gatewayOrder();

    StepVerifier.create(reconcile.refresh(new UserId(8), placed.payment().id()))
        .expectError(PaymentNotFoundException.class)
        .verify();
    assertThat(reconcile.payment(ALICE, placed.payment().id()).block()).isNotNull();
  }

  private PlacedOrder gatewayOrder() {
    return shop.gatewayOrder(ALICE);
  }
}
