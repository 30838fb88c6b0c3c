package com.thousandproxy.domain.client;

import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.catalog.ServerPlan;
import com.thousandproxy.domain.ordering.Order;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.server.Inbound;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import com.thousandproxy.domain.shared.Checks;
import com.thousandproxy.domain.shared.IllegalTransitionException;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a customer bought, living on one panel inbound: created pending from a paid order, active
 * until its time runs out or its traffic is used up, and brought back by a renewal that extends it
 * from the later of now and its old expiry; an admin can suspend, resume or delete it.
 *
 * @param subscriptionToken the secret path of its public subscription feed
 * @param usage traffic since the last reset, measured against {@code trafficLimit}
 */
public record ServerClient(
    ServerClientId id,
    UserId owner,
    OrderId orderId,
    ServerId serverId,
    InboundId inboundId,
    Protocol protocol,
    PanelAccount account,
    String subscriptionToken,
    int maxConnections,
    BandwidthLimit trafficLimit,
    TrafficUsage usage,
    Instant expiresAt,
    ClientStatus status) {

  private static final Set<ClientStatus> RENEWABLE =
      EnumSet.of(ClientStatus.ACTIVE, ClientStatus.SUSPENDED, ClientStatus.EXPIRED);

  public ServerClient {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(serverId, "serverId");
    Objects.requireNonNull(inboundId, "inboundId");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(account, "account");
    subscriptionToken = Checks.requireNonBlank(subscriptionToken, "subscriptionToken");
    Checks.requireWithin(maxConnections, 1, ServerPlan.MAX_CONNECTIONS, "maxConnections");
    Objects.requireNonNull(trafficLimit, "trafficLimit");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(status, "status");
  }

  /**
   * A client for one unit of a paid order's plan, to be created on {@code inbound}; it runs for the
   * plan's duration from now.
   */
  public static ServerClient pending(
      ServerClientId id,
      Order order,
      ServerPlan plan,
      Inbound inbound,
      PanelAccount account,
      String subscriptionToken,
      Clock clock) {
    if (!plan.inboundPool().contains(inbound.id()) || inbound.protocol() != plan.protocol()) {
      throw new IllegalArgumentException(
          "inbound " + inbound.id().value() + " is not in the pool of plan " + plan.id().value());
    }
    return new ServerClient(
        id,
        order.userId(),
        order.id(),
        inbound.serverId(),
        inbound.id(),
        plan.protocol(),
        account,
        subscriptionToken,
        plan.maxConnections(),
        plan.bandwidthLimit(),
        TrafficUsage.NONE,
        clock.instant().plus(plan.duration()),
        ClientStatus.PENDING);
  }

  /** Expired from the instant of {@code expiresAt} on. */
  public boolean isExpired(Clock clock) {
    return !clock.instant().isBefore(expiresAt);
  }

  /** Over quota once upload plus download reach the limit; never when unlimited. */
  public boolean isOverQuota() {
    return trafficLimit.isReachedBy(usage.totalBytes());
  }

  /** Created on the panel. */
  public ServerClient activate() {
    return move(EnumSet.of(ClientStatus.PENDING), ClientStatus.ACTIVE);
  }

  public ServerClient suspend() {
    return move(EnumSet.of(ClientStatus.ACTIVE), ClientStatus.SUSPENDED);
  }

  public ServerClient resume(Clock clock) {
    ServerClient resumed = move(EnumSet.of(ClientStatus.SUSPENDED), ClientStatus.ACTIVE);
    if (isExpired(clock)) {
      throw new ResumeRefusedException(id, ResumeRefusedException.Reason.EXPIRED);
    }
    if (isOverQuota()) {
      throw new ResumeRefusedException(id, ResumeRefusedException.Reason.OVER_QUOTA);
    }
    return resumed;
  }

  /**
   * Applies the time and traffic rules: a running or suspended client past its expiry expires, an
   * active one over its quota is suspended; otherwise nothing changes.
   */
  public ServerClient enforce(Clock clock) {
    boolean running = status == ClientStatus.ACTIVE || status == ClientStatus.SUSPENDED;
    if (running && isExpired(clock)) {
      return copy(status.moveTo(ClientStatus.EXPIRED), usage, expiresAt, subscriptionToken);
    }
    if (status == ClientStatus.ACTIVE && isOverQuota()) {
      return suspend();
    }
    return this;
  }

  /** Extends by {@code extension} from the later of now and the old expiry, with fresh traffic. */
  public ServerClient renew(Duration extension, Clock clock) {
    if (extension.isNegative() || extension.isZero()) {
      throw new IllegalArgumentException("a renewal must extend the client");
    }
    ServerClient renewed = move(RENEWABLE, ClientStatus.ACTIVE);
    Instant now = clock.instant();
    Instant from = expiresAt.isAfter(now) ? expiresAt : now;
    return renewed.copy(
        ClientStatus.ACTIVE, TrafficUsage.NONE, from.plus(extension), subscriptionToken);
  }

  public ServerClient delete() {
    return move(EnumSet.complementOf(EnumSet.of(ClientStatus.DELETED)), ClientStatus.DELETED);
  }

  /** The panel's latest counters; the next {@link #enforce} acts on them. */
  public ServerClient recordUsage(TrafficUsage newUsage) {
    return copy(status, Objects.requireNonNull(newUsage, "usage"), expiresAt, subscriptionToken);
  }

  public ServerClient resetTraffic() {
    return copy(status, TrafficUsage.NONE, expiresAt, subscriptionToken);
  }

  /** Replaces the feed's secret, so the old subscription URL stops working. */
  public ServerClient rotateSubscriptionToken(String newToken) {
    if (subscriptionToken.equals(newToken)) {
      throw new IllegalArgumentException("the new subscription token must differ from the old");
    }
    return copy(status, usage, expiresAt, newToken);
  }

  private ServerClient move(Set<ClientStatus> allowedFrom, ClientStatus to) {
    if (!allowedFrom.contains(status)) {
      throw new IllegalTransitionException(status, to);
    }
    return copy(status.moveTo(to), usage, expiresAt, subscriptionToken);
  }

  private ServerClient copy(
      ClientStatus newStatus, TrafficUsage newUsage, Instant newExpiresAt, String newToken) {
    return new ServerClient(
        id,
        owner,
        orderId,
        serverId,
        inboundId,
        protocol,
        account,
        newToken,
        maxConnections,
        trafficLimit,
        newUsage,
        newExpiresAt,
        newStatus);
  }
}
