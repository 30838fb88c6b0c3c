package com.thousandproxy.application.ordering;

import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.money.Money;
import java.util.Objects;

/** What an order line copies from its plan when the order is placed. */
public record OrderedPlan(PlanId planId, String name, int durationDays, Money price) {

  public OrderedPlan {
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(price, "price");
  }
}
