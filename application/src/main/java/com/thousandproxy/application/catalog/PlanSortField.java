package com.thousandproxy.application.catalog;

/** The fields the plan listing may be sorted by; anything else is refused as bad input. */
public enum PlanSortField {
  PRICE,
  NAME,
  DURATION_DAYS,
  CREATED_AT
}
