package com.thousandproxy.domain.ordering;

import com.thousandproxy.domain.catalog.PlanId;

/** A plan was ordered that is switched off or has no inbound to place a client on. */
public final class PlanNotPurchasableException extends RuntimeException {

  private final PlanId planId;

  public PlanNotPurchasableException(PlanId planId) {
    super("plan " + planId.value() + " cannot be ordered now");
    this.planId = planId;
  }

  public PlanId planId() {
    return planId;
  }
}
