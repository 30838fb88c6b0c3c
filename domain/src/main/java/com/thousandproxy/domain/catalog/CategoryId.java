package com.thousandproxy.domain.catalog;

import com.thousandproxy.domain.shared.Ids;

/** Identifies a server category (e.g. gaming, streaming). */
public record CategoryId(long value) {

  public CategoryId {
    Ids.requirePositive(value, "CategoryId");
  }
}
