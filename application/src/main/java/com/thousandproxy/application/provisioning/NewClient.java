package com.thousandproxy.application.provisioning;

import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A unit's client as first stored, PENDING and placed, before any panel call. Its expiry is fixed
 * here and sent to the panel on every attempt, so the panel and the store always agree.
 */
public record NewClient(
    UserId userId,
    OrderId orderId,
    UnitKey unit,
    PlanId planId,
    ServerId serverId,
    InboundId inboundId,
    Protocol protocol,
    ClientCredentials credentials,
    Instant expiresAt,
    BandwidthLimit trafficLimit,
    int limitIp,
    IssuedToken token) {

  public NewClient {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(serverId, "serverId");
    Objects.requireNonNull(inboundId, "inboundId");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(trafficLimit, "trafficLimit");
    Objects.requireNonNull(token, "token");
  }
}
