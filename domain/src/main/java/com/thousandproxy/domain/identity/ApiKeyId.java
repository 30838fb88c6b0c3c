package com.thousandproxy.domain.identity;

import com.thousandproxy.domain.shared.Ids;

/** Identifies a reseller API key. */
public record ApiKeyId(long value) {

  public ApiKeyId {
    Ids.requirePositive(value, "ApiKeyId");
  }
}
