package com.thousandproxy.application.provisioning;

import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored server client with the placement facts a panel call needs: the panel's own inbound id
 * and the flow its inbound requires ({@code xtls-rprx-vision} for VLESS over TCP with TLS or
 * REALITY, else empty).
 *
 * @param unit null for a client not created by a purchase line (none today)
 * @param version bumped by every update, for compare-and-set
 */
public record StoredClient(
    ServerClientId id,
    UserId userId,
    OrderId orderId,
    UnitKey unit,
    ServerId serverId,
    InboundId inboundId,
    long panelInboundId,
    PlanId planId,
    Protocol protocol,
    ClientCredentials credentials,
    String flow,
    ClientStatus status,
    Instant expiresAt,
    BandwidthLimit trafficLimit,
    int limitIp,
    TrafficUsage usage,
    String tokenNonce,
    long version) {

  public StoredClient {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(serverId, "serverId");
    Objects.requireNonNull(inboundId, "inboundId");
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(credentials, "credentials");
    flow = Objects.requireNonNullElse(flow, "");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(trafficLimit, "trafficLimit");
    Objects.requireNonNull(usage, "usage");
  }

  public String email() {
    return credentials.email();
  }

  public boolean isActive() {
    return status == ClientStatus.ACTIVE;
  }

  /** The client after a stored update to these terms (its version bumped). */
  public StoredClient updated(
      ClientStatus newStatus,
      Instant newExpiresAt,
      BandwidthLimit newTrafficLimit,
      int newLimitIp,
      TrafficUsage newUsage) {
    return new StoredClient(
        id,
        userId,
        orderId,
        unit,
        serverId,
        inboundId,
        panelInboundId,
        planId,
        protocol,
        credentials,
        flow,
        newStatus,
        newExpiresAt,
        newTrafficLimit,
        newLimitIp,
        newUsage,
        tokenNonce,
        version + 1);
  }

  /** The client after a stored status change. */
  public StoredClient updated(ClientStatus newStatus) {
    return updated(newStatus, expiresAt, trafficLimit, limitIp, usage);
  }
}
