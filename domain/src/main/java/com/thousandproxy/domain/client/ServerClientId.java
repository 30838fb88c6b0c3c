package com.thousandproxy.domain.client;

import com.thousandproxy.domain.shared.Ids;

/** Identifies a client we created on a panel for a customer. */
public record ServerClientId(long value) {

  public ServerClientId {
    Ids.requirePositive(value, "ServerClientId");
  }
}
