package com.thousandproxy.domain.server;

import com.thousandproxy.domain.shared.Ids;

/** Identifies an inbound as we store it (not the panel's own inbound number). */
public record InboundId(long value) {

  public InboundId {
    Ids.requirePositive(value, "InboundId");
  }
}
