package com.thousandproxy.domain.ordering;

import static com.thousandproxy.domain.ordering.OrderTestData.anItem;
import static com.thousandproxy.domain.ordering.OrderTestData.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.domain.money.CurrencyMismatchException;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.shared.IllegalTransitionException;
import com.thousandproxy.domain.shared.TestClocks;
import com.thousandproxy.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {

  @Test
  void aPlacedOrderIsPendingAndUnpaidAtTheClocksTime() {
    Order order =
        Order.place(
            new OrderId(5),
            new UserId(2),
            List.of(anItem(1, "9.99", "USD", 1)),
            TestClocks.at("2026-05-01T08:00:00Z"));

    assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.UNPAID);
    assertThat(order.createdAt()).hasToString("2026-05-01T08:00:00Z");
  }

  @Test
  void theTotalIsTheSumOfTheItemTotals() {
    Order order =
        anOrder().withItems(anItem(1, "9.99", "USD", 3), anItem(2, "5", "USD", 2)).build();

    assertThat(order.totalAmount()).isEqualTo(Money.of("39.97", "USD"));
    assertThat(order.grandAmount()).isEqualTo(order.totalAmount());
    assertThat(order.currency()).isEqualTo(Currency.getInstance("USD"));
  }

  @Test
  void theBuilderQuantityMultipliesTheTotal() {
    assertThat(anOrder().withQuantity(3).build().totalAmount()).isEqualTo(Money.of("29.97", "USD"));
  }

  @Test
  void anOrderHoldsOneCurrency() {
    assertThatThrownBy(
            () -> anOrder().withItems(anItem(1, "1", "USD", 1), anItem(2, "1", "EUR", 1)).build())
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void anOrderHasAtLeastOneItem() {
    assertThatThrownBy(() -> anOrder().withItems().build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOrderHasAtMostTenItems() {
    OrderItem[] eleven = new OrderItem[11];
    for (int i = 0; i < eleven.length; i++) {
      eleven[i] = anItem(i + 1, "1", "USD", 1);
    }

    assertThat(anOrder().withItems(Arrays.copyOf(eleven, 10)).build().items()).hasSize(10);
    assertThatThrownBy(() -> anOrder().withItems(eleven).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoItemsCannotShareAnId() {
    assertThatThrownBy(
            () -> anOrder().withItems(anItem(1, "1", "USD", 1), anItem(1, "2", "USD", 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate");
  }

  @Test
  void theItemsCannotBeChangedFromOutside() {
    var lines = new ArrayList<>(List.of(anItem(1, "1", "USD", 1)));
    Order order = Order.place(new OrderId(1), new UserId(1), lines, TestClocks.now());

    lines.add(anItem(2, "1", "USD", 1));

    assertThat(order.items()).hasSize(1);
    assertThatThrownBy(() -> order.items().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aPaidOrderCannotBeCancelled() {
    Order paid = anOrder().in(OrderStatus.PAID, PaymentStatus.PAID).build();

    assertThatThrownBy(paid::cancel)
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(OrderStatus.PAID);
              assertThat(e.to()).isEqualTo(OrderStatus.CANCELLED);
            });
  }

  @Test
  void aPartlyPaidOrderCannotBeCancelledUntilItsMoneyIsReturned() {
    Order partlyPaid = anOrder().in(OrderStatus.PENDING, PaymentStatus.PARTIALLY_PAID).build();

    assertThatThrownBy(partlyPaid::cancel)
        .isInstanceOfSatisfying(
            OrderStateException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(OrderStateException.Rule.MONEY_HELD);
              assertThat(e.orderId()).isEqualTo(partlyPaid.id());
              assertThat(e.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_PAID);
            });
    assertThat(partlyPaid.returnPartialPayment().cancel().status())
        .isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void aCancelledOrderTakesNoPayment() {
    Order cancelled = anOrder().build().cancel();

    assertThatThrownBy(cancelled::awaitPayment)
        .isInstanceOfSatisfying(
            OrderStateException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(OrderStateException.Rule.ORDER_CLOSED);
              assertThat(e.status()).isEqualTo(OrderStatus.CANCELLED);
            });
  }

  @Test
  void anUnpaidOrderIsOverdueFromTheMomentItsMaximumAgeIsReached() {
    Order order = anOrder().createdAt(TestClocks.NOW).build();
    Duration maxAge = Duration.ofHours(1);

    assertThat(order.isOverdue(maxAge, TestClocks.at(TestClocks.NOW.plusSeconds(3599)))).isFalse();
    assertThat(order.isOverdue(maxAge, TestClocks.at(TestClocks.NOW.plusSeconds(3600)))).isTrue();
  }

  @Test
  void anOrderHoldingMoneyOrNoLongerPendingIsNeverOverdue() {
    var later = TestClocks.at(TestClocks.NOW.plus(Duration.ofDays(30)));

    assertThat(
            anOrder()
                .in(OrderStatus.PENDING, PaymentStatus.PARTIALLY_PAID)
                .build()
                .isOverdue(Duration.ofHours(1), later))
        .isFalse();
    assertThat(
            anOrder()
                .in(OrderStatus.PAID, PaymentStatus.PAID)
                .build()
                .isOverdue(Duration.ofHours(1), later))
        .isFalse();
  }

  @Test
  void aWholeGatewayPurchaseWalksFromPlacedToCompleted() {
    Order completed = anOrder().build().awaitPayment().markPaid().startProvisioning().complete();

    assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(completed.paymentStatus()).isEqualTo(PaymentStatus.PAID);
  }
}
