package com.thousandproxy.domain.server;

import com.thousandproxy.domain.shared.Ids;

/** Identifies a server, i.e. one 3x-ui panel. */
public record ServerId(long value) {

  public ServerId {
    Ids.requirePositive(value, "ServerId");
  }
}
