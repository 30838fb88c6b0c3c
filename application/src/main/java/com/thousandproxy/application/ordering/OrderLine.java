package com.thousandproxy.application.ordering;

import com.thousandproxy.domain.catalog.PlanId;
import java.util.Objects;

/** One line the customer asked for: a plan and how many of it. */
public record OrderLine(PlanId planId, int quantity) {

  public OrderLine {
    Objects.requireNonNull(planId, "planId");
  }
}
