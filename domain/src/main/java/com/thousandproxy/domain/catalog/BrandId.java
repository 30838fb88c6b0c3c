package com.thousandproxy.domain.catalog;

import com.thousandproxy.domain.shared.Ids;

/** Identifies a server brand. */
public record BrandId(long value) {

  public BrandId {
    Ids.requirePositive(value, "BrandId");
  }
}
