package com.thousandproxy.domain.links;

import java.util.Objects;

/** What share links need from an inbound's {@code streamSettings}: transport and security. */
public record StreamSettings(InboundTransport transport, TransportSecurity security) {

  public StreamSettings {
    Objects.requireNonNull(transport, "transport");
    security = Objects.requireNonNullElse(security, TransportSecurity.none());
  }
}
