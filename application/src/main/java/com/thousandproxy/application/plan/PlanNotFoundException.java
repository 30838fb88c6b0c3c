package com.thousandproxy.application.plan;

import com.thousandproxy.domain.catalog.PlanId;

/** No plan has this id. */
public final class PlanNotFoundException extends RuntimeException {

  public PlanNotFoundException(PlanId id) {
    super("plan " + id.value() + " not found");
  }
}
