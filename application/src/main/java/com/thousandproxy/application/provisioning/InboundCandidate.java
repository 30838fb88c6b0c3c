package com.thousandproxy.application.provisioning;

import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import java.util.Objects;

/**
 * An inbound of a plan's pool that can take clients now (its server active, itself enabled), with
 * its server's capacity and the server's clients not deleted.
 *
 * @param shadowsocksMethod the inbound's cipher for shadowsocks (a 2022 cipher fixes the key size),
 *     else null
 */
public record InboundCandidate(
    InboundId inboundId,
    ServerId serverId,
    int serverCapacity,
    int serverClients,
    String shadowsocksMethod) {

  public InboundCandidate {
    Objects.requireNonNull(inboundId, "inboundId");
    Objects.requireNonNull(serverId, "serverId");
  }
}
