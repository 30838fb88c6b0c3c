package com.thousandproxy.application.ordering;

import com.thousandproxy.domain.catalog.PlanId;

/** A plan that was ordered does not exist, is switched off, or has no room for more clients. */
public final class PlanUnavailableException extends RuntimeException {

  /** Why the plan cannot be ordered. */
  public enum Reason {
    /** Unknown or inactive: the request is wrong (400). */
    NOT_ORDERABLE,
    /** Active but no server has capacity now (409). */
    NO_CAPACITY
  }

  private final PlanId planId;
  private final Reason reason;

  public PlanUnavailableException(PlanId planId, Reason reason) {
    super("plan " + planId.value() + " cannot be ordered: " + reason);
    this.planId = planId;
    this.reason = reason;
  }

  public PlanId planId() {
    return planId;
  }

  public Reason reason() {
    return reason;
  }
}
