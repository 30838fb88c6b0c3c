package com.thousandproxy.application.ordering.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.ordering.OrderLine;
import com.thousandproxy.application.ordering.OrderValidationException;
import com.thousandproxy.application.ordering.PaymentMethod;
import com.thousandproxy.application.ordering.PlaceOrderCommand;
import com.thousandproxy.application.ordering.PlacedOrder;
import com.thousandproxy.application.ordering.PlanUnavailableException;
import com.thousandproxy.application.ordering.testing.Shop;
import com.thousandproxy.application.payment.IdempotencyConflictException;
import com.thousandproxy.application.payment.IdempotencyKey;
import com.thousandproxy.application.payment.PaymentBelowMinimumException;
import com.thousandproxy.application.payment.PaymentGatewayUnavailableException;
import com.thousandproxy.application.wallet.InsufficientBalanceException;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.ordering.PaymentStatus;
import com.thousandproxy.domain.user.UserId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class PlaceOrderServiceTest {

  private static final UserId ALICE = new UserId(7);

  private final Shop shop = new Shop();

  @Test
  void aWalletOrderIsPaidAtOnceChargedOnceAndQueuesOneProvisioningJob() {
    shop.wallets.give(ALICE, "10.00");

    PlacedOrder placed = place(command(PaymentMethod.WALLET, 2, null)).block();

    assertThat(placed.order().order().status()).isEqualTo(OrderStatus.PAID);
    assertThat(placed.order().order().grandAmount()).isEqualTo(Money.of("9.98", "USD"));
    assertThat(placed.payment().status()).isEqualTo(PaymentStatus.PAID);
    assertThat(shop.wallets.balance(ALICE)).isEqualTo(Money.of("0.02", "USD"));
    assertThat(shop.wallets.ledger())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.entry().amount()).isEqualTo(Money.of("-9.98", "USD"));
              assertThat(t.entry().balanceAfter()).isEqualTo(Money.of("0.02", "USD"));
            });
    assertThat(shop.jobs.byKey)
        .containsOnlyKeys("provision-order:" + id(placed), "email:paid:" + placed.payment().id());
  }

  @Test
  void aBalanceThatDoesNotCoverTheOrderCreatesAndChargesNothing() {
    shop.wallets.give(ALICE, "4.98");

    StepVerifier.create(place(command(PaymentMethod.WALLET, 1, null)))
        .expectError(InsufficientBalanceException.class)
        .verify();

    assertThat(shop.orders.count()).isZero();
    assertThat(shop.payments.count()).isZero();
    assertThat(shop.wallets.balance(ALICE)).isEqualTo(Money.of("4.98", "USD"));
    assertThat(shop.jobs.byKey).isEmpty();
  }

  @Test
  void aRenewalOrderIsPaidLikeAnyOrderAndMarkedAsRenewingItsClient() {
    shop.wallets.give(ALICE, "10.00");
    PlaceOrderCommand renewal = renewalOf(42);

    PlacedOrder placed = place(renewal).block();

    assertThat(placed.order().order().status()).isEqualTo(OrderStatus.PAID);
    assertThat(shop.orders.renewedBy(placed.order().order().id()))
        .isEqualTo(new ServerClientId(42));
  }

  @Test
  void thePriceIsTheOneThePlanHadWhenOrdered() {
    shop.wallets.give(ALICE, "100.00");
    PlacedOrder placed = place(command(PaymentMethod.WALLET, 1, null)).block();
    shop.catalog.with(1, "50.00", true);

    assertThat(shop.orders.order(id(placed)).items().get(0).unitAmount())
        .isEqualTo(Money.of("4.99", "USD"));
  }

  @Test
  void aSoldOutOrUnknownPlanIsRefused() {
    assertRefused(
        place(line(PaymentMethod.WALLET, 2)),
        e ->
            assertThat(((PlanUnavailableException) e).reason())
                .isEqualTo(PlanUnavailableException.Reason.NO_CAPACITY));
    assertRefused(
        place(line(PaymentMethod.WALLET, 99)),
        e ->
            assertThat(((PlanUnavailableException) e).reason())
                .isEqualTo(PlanUnavailableException.Reason.NOT_ORDERABLE));
  }

  @Test
  void moreUnitsThanThePoolHasRoomForAreRefusedCountingEveryLineOfThePlan() {
    shop.wallets.give(ALICE, "100.00");
    shop.placement.withFreeSlots(1, 3);
    PlaceOrderCommand twoLines =
        new PlaceOrderCommand(
            ALICE,
            List.of(new OrderLine(new PlanId(1), 2), new OrderLine(new PlanId(1), 2)),
            PaymentMethod.WALLET,
            null,
            null);

    assertRefused(
        place(command(PaymentMethod.WALLET, 4, null)),
        e ->
            assertThat(((PlanUnavailableException) e).reason())
                .isEqualTo(PlanUnavailableException.Reason.NO_CAPACITY));
    assertRefused(place(twoLines), e -> assertThat(e).isInstanceOf(PlanUnavailableException.class));
    assertThat(shop.orders.count()).isZero();
    assertThat(shop.wallets.balance(ALICE)).isEqualTo(Money.of("100.00", "USD"));

    StepVerifier.create(place(command(PaymentMethod.WALLET, 3, null)))
        .expectNextCount(1)
        .verifyComplete();
  }

  @Test
  void aRenewalNeedsNoRoomAsItKeepsItsClient() {
    shop.wallets.give(ALICE, "10.00");
    shop.placement.withFreeSlots(1, 0);
    PlaceOrderCommand renewal = renewalOf(42);

    StepVerifier.create(place(renewal)).expectNextCount(1).verifyComplete();
    assertRefused(
        place(command(PaymentMethod.WALLET, 1, null)),
        e -> assertThat(e).isInstanceOf(PlanUnavailableException.class));
  }

  @Test
  void anOrderNeedsOneToTenLinesOfOneToAHundred() {
    Executable empty =
        () -> new PlaceOrderCommand(ALICE, List.of(), PaymentMethod.WALLET, null, null);
    Executable tooMany =
        () ->
            new PlaceOrderCommand(
                ALICE,
                List.of(new OrderLine(new PlanId(1), 101)),
                PaymentMethod.WALLET,
                null,
                null);
    org.junit.jupiter.api.Assertions.assertThrows(OrderValidationException.class, empty);
    org.junit.jupiter.api.Assertions.assertThrows(OrderValidationException.class, tooMany);
  }

  @Test
  void theSameIdempotencyKeyReplaysTheFirstOrderAndAnotherBodyIsAConflict() {
    shop.wallets.give(ALICE, "20.00");
    IdempotencyKey key = new IdempotencyKey("orders.create", "key-1");

    PlacedOrder first = place(command(PaymentMethod.WALLET, 1, key)).block();
    PlacedOrder again = place(command(PaymentMethod.WALLET, 1, key)).block();

    assertThat(id(again)).isEqualTo(id(first));
    assertThat(shop.wallets.balance(ALICE)).isEqualTo(Money.of("15.01", "USD"));
    StepVerifier.create(place(command(PaymentMethod.WALLET, 2, key)))
        .expectError(IdempotencyConflictException.class)
        .verify();
  }

  @Test
  void aGatewayOrderOpensAPaymentWithOurIdAsReferenceAndOurWebhookAsCallback() {
    PlacedOrder placed = place(command(PaymentMethod.NOWPAYMENTS, 1, null)).block();

    assertThat(placed.order().order().paymentStatus()).isEqualTo(PaymentStatus.PENDING);
    assertThat(placed.payment().status()).isEqualTo(PaymentStatus.PENDING);
    assertThat(placed.payment().providerPaymentId()).isNotNull();
    assertThat(shop.gateway.requests)
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.reference()).isEqualTo(Long.toString(placed.payment().id()));
              assertThat(request.ipnCallbackUrl()).isEqualTo(Shop.CALLBACK);
              assertThat(request.payCurrency()).isEqualTo("btc");
            });
    assertThat(shop.jobs.byKey).isEmpty();
  }

  @Test
  void aPriceBelowTheCoinsMinimumCreatesNothing() {
    shop.gateway.minimumFiat = new BigDecimal("5.00");

    StepVerifier.create(place(command(PaymentMethod.NOWPAYMENTS, 1, null)))
        .expectError(PaymentBelowMinimumException.class)
        .verify();

    assertThat(shop.orders.count()).isZero();
    assertThat(shop.gateway.requests).isEmpty();
  }

  @Test
  void aGatewayOutageClosesTheOrderItJustPlaced() {
    shop.gateway.create =
        request ->
            Mono.error(new PaymentGatewayUnavailableException("nowpayments", "502", false, null));

    StepVerifier.create(place(command(PaymentMethod.NOWPAYMENTS, 1, null)))
        .expectError(PaymentGatewayUnavailableException.class)
        .verify();

    assertThat(shop.orders.order(1).status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(shop.payments.payment(101).status()).isEqualTo(PaymentStatus.EXPIRED);
  }

  private Mono<PlacedOrder> place(PlaceOrderCommand command) {
    return shop.placeOrder.place(command);
  }

  private static PlaceOrderCommand command(PaymentMethod method, int quantity, IdempotencyKey key) {
    return new PlaceOrderCommand(
        ALICE, List.of(new OrderLine(new PlanId(1), quantity)), method, null, key);
  }

  private static PlaceOrderCommand renewalOf(long clientId) {
    return new PlaceOrderCommand(
        ALICE,
        List.of(new OrderLine(new PlanId(1), 1)),
        PaymentMethod.WALLET,
        null,
        null,
        new ServerClientId(clientId));
  }

  private static PlaceOrderCommand line(PaymentMethod method, long planId) {
    return new PlaceOrderCommand(
        ALICE, List.of(new OrderLine(new PlanId(planId), 1)), method, null, null);
  }

  private static long id(PlacedOrder placed) {
    return placed.order().order().id().value();
  }

  private static void assertRefused(
      Mono<?> call, java.util.function.Consumer<Throwable> assertion) {
    StepVerifier.create(call).expectErrorSatisfies(assertion).verify();
  }
}
