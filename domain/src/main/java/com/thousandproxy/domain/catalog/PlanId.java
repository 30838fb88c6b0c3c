package com.thousandproxy.domain.catalog;

import com.thousandproxy.domain.shared.Ids;

/** Identifies a server plan. */
public record PlanId(long value) {

  public PlanId {
    Ids.requirePositive(value, "PlanId");
  }
}
