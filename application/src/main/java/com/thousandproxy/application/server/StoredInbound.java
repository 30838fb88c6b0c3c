package com.thousandproxy.application.server;

import com.thousandproxy.domain.server.Inbound;
import java.time.Instant;
import java.util.Objects;

/**
 * An inbound as last synced: the domain's view, whether it is usable ({@code false} once the panel
 * dropped or disabled it) and what share links need from it.
 */
public record StoredInbound(
    Inbound inbound, boolean enabled, InboundLinkSettings link, Instant syncedAt) {

  public StoredInbound {
    Objects.requireNonNull(inbound, "inbound");
    link = Objects.requireNonNullElse(link, InboundLinkSettings.UNKNOWN);
  }
}
