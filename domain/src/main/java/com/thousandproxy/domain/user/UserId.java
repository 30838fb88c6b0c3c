package com.thousandproxy.domain.user;

import com.thousandproxy.domain.shared.Ids;

/** Identifies a user account. */
public record UserId(long value) {

  public UserId {
    Ids.requirePositive(value, "UserId");
  }
}
