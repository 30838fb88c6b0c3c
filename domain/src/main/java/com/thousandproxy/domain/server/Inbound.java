package com.thousandproxy.domain.server;

import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.shared.Checks;
import java.util.Locale;
import java.util.Objects;

/**
 * An inbound of a panel as last read from it: clients of a plan are placed on one of the inbounds
 * in the plan's pool.
 *
 * @param panelInboundId the panel's own number for it, used in its API
 * @param network the stream transport as the panel names it ("tcp", "ws", "grpc", "xhttp"...)
 * @param security "none", "tls" or "reality"
 */
public record Inbound(
    InboundId id,
    ServerId serverId,
    int panelInboundId,
    Protocol protocol,
    int port,
    String remark,
    String network,
    String security) {

  public Inbound {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(serverId, "serverId");
    Checks.requireWithin(panelInboundId, 1, Integer.MAX_VALUE, "panelInboundId");
    Objects.requireNonNull(protocol, "protocol");
    Checks.requireWithin(port, 1, 65_535, "port");
    remark = remark == null ? "" : remark.strip();
    network = lowerOr(network, "tcp");
    security = lowerOr(security, "none");
  }

  public boolean isOn(ServerId server) {
    return serverId.equals(server);
  }

  private static String lowerOr(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip().toLowerCase(Locale.ROOT);
  }
}
