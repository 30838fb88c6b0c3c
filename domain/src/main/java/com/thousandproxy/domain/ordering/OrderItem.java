package com.thousandproxy.domain.ordering;

import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.ServerPlan;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.shared.Checks;
import java.util.Objects;

/**
 * One line of an order: a quantity of one plan at the price the plan had when it was ordered, so a
 * later price change never alters an order.
 */
public record OrderItem(OrderItemId id, PlanId planId, int quantity, Money unitAmount) {

  public static final int MAX_QUANTITY = 100;

  public OrderItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(planId, "planId");
    Checks.requireWithin(quantity, 1, MAX_QUANTITY, "quantity");
    Objects.requireNonNull(unitAmount, "unitAmount");
    if (!unitAmount.isPositive()) {
      throw new IllegalArgumentException("unitAmount must be positive");
    }
  }

  /** Snapshots the plan's current price; refuses a plan that cannot be bought now. */
  public static OrderItem of(OrderItemId id, ServerPlan plan, int quantity) {
    if (!plan.isPurchasable()) {
      throw new PlanNotPurchasableException(plan.id());
    }
    return new OrderItem(id, plan.id(), quantity, plan.price());
  }

  public Money totalAmount() {
    return unitAmount.times(quantity);
  }
}
