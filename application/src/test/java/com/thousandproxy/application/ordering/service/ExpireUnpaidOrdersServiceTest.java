package com.thousandproxy.application.ordering.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.ordering.OrderLine;
import com.thousandproxy.application.ordering.OrderNotCancellableException;
import com.thousandproxy.application.ordering.PaymentMethod;
import com.thousandproxy.application.ordering.PlaceOrderCommand;
import com.thousandproxy.application.ordering.testing.Shop;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ExpireUnpaidOrdersServiceTest {

  private static final UserId ALICE = new UserId(7);

  private final Shop shop = new Shop();

  @Test
  void anOrderUnpaidForLongerThanTheTtlExpiresOnceAndAPaidOneNever() {
    long unpaid = place(PaymentMethod.NOWPAYMENTS);
    shop.wallets.give(ALICE, "4.99");
    long paid = place(PaymentMethod.WALLET);
    Clock later = Clock.offset(shop.clock, Duration.ofHours(25));
    var sweep = sweep(later);

    assertThat(sweep.expireOverdue().block()).isEqualTo(1);
    assertThat(sweep.expireOverdue().block()).isZero();

    assertThat(shop.orders.order(unpaid).status()).isEqualTo(OrderStatus.EXPIRED);
    assertThat(shop.orders.order(paid).status()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void aYoungUnpaidOrderStays() {
    long unpaid = place(PaymentMethod.NOWPAYMENTS);

    assertThat(sweep(Clock.offset(shop.clock, Duration.ofHours(23))).expireOverdue().block())
        .isZero();
    assertThat(shop.orders.order(unpaid).status()).isEqualTo(OrderStatus.PENDING);
  }

  @Test
  void anUnpaidOrderCanBeCancelledByItsOwnerAndAPaidOneCannot() {
    long unpaid = place(PaymentMethod.NOWPAYMENTS);
    shop.wallets.give(ALICE, "4.99");
    long paid = place(PaymentMethod.WALLET);
    var cancel =
        new CancelOrderService(
            shop.orders, new UnpaidPayments(shop.payments), shop.transactions, shop.clock);

    assertThat(cancel.cancel(ALICE, false, unpaid).block().order().status())
        .isEqualTo(OrderStatus.CANCELLED);
    StepVerifier.create(cancel.cancel(ALICE, false, paid))
        .expectError(OrderNotCancellableException.class)
        .verify();
  }

  private ExpireUnpaidOrdersService sweep(Clock clock) {
    return new ExpireUnpaidOrdersService(
        shop.orders,
        new UnpaidPayments(shop.payments),
        shop.transactions,
        clock,
        Duration.ofHours(24),
        100);
  }

  private long place(PaymentMethod method) {
    return shop.placeOrder
        .place(
            new PlaceOrderCommand(
                ALICE, List.of(new OrderLine(new PlanId(1), 1)), method, null, null))
        .block()
        .order()
        .order()
        .id()
        .value();
  }
}
