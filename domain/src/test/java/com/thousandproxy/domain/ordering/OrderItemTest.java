package com.thousandproxy.domain.ordering;

import static com.thousandproxy.domain.catalog.PlanTestData.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.ServerPlan;
import com.thousandproxy.domain.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderItemTest {

  private static final OrderItemId ITEM = new OrderItemId(1);

  @Test
  void anItemSnapshotsThePlanPriceAndMultipliesIt() {
    ServerPlan plan = aPlan().withId(4).withPrice("9.99", "USD").build();

    OrderItem item = OrderItem.of(ITEM, plan, 3);

    assertThat(item.planId()).isEqualTo(new PlanId(4));
    assertThat(item.unitAmount()).isEqualTo(Money.of("9.99", "USD"));
    assertThat(item.totalAmount()).isEqualTo(Money.of("29.97", "USD"));
  }

  @Test
  void aLaterPriceChangeDoesNotAlterTheItem() {
    OrderItem item = OrderItem.of(ITEM, aPlan().withPrice("5.00", "USD").build(), 1);

    aPlan().withPrice("7.00", "USD").build();

    assertThat(item.unitAmount()).isEqualTo(Money.of("5.00", "USD"));
  }

  @Test
  void anInactivePlanCannotBeOrdered() {
    ServerPlan plan = aPlan().withId(9).inactive().build();

    assertThatThrownBy(() -> OrderItem.of(ITEM, plan, 1))
        .isInstanceOfSatisfying(
            PlanNotPurchasableException.class,
            e -> assertThat(e.planId()).isEqualTo(new PlanId(9)));
  }

  @Test
  void aPlanWithoutInboundsCannotBeOrdered() {
    assertThatThrownBy(() -> OrderItem.of(ITEM, aPlan().withInboundPool().build(), 1))
        .isInstanceOf(PlanNotPurchasableException.class);
  }

  @ParameterizedTest(name = "quantity {0} is refused")
  @ValueSource(ints = {0, -1, OrderItem.MAX_QUANTITY + 1})
  void theQuantityIsOneToAHundred(int quantity) {
    assertThatThrownBy(() -> OrderItem.of(ITEM, aPlan().build(), quantity))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quantity");
  }

  @Test
  void aHundredIsTheLargestQuantity() {
    assertThat(OrderItem.of(ITEM, aPlan().build(), 100).quantity()).isEqualTo(100);
  }

  @Test
  void aFreeItemIsABug() {
    assertThatThrownBy(() -> new OrderItem(ITEM, new PlanId(1), 1, Money.of("0", "USD")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
