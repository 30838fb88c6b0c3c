package com.thousandproxy.application.server;

import com.thousandproxy.domain.catalog.Protocol;
import java.util.Objects;

/** An inbound as just read from its panel, ready to be stored under the server. */
public record SyncedInbound(
    int panelInboundId,
    Protocol protocol,
    int port,
    String remark,
    String network,
    String security,
    boolean enabled,
    InboundLinkSettings link) {

  public SyncedInbound {
    if (panelInboundId < 1) {
      throw new IllegalArgumentException("panelInboundId must be positive");
    }
    Objects.requireNonNull(protocol, "protocol");
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    remark = Objects.requireNonNullElse(remark, "");
    Objects.requireNonNull(link, "link");
  }
}
