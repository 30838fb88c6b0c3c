package com.thousandproxy.application.delivery;

import com.thousandproxy.application.subscription.ClientSubscription;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClient;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.links.ShareLinkSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A customer's whole account as one subscription: the links of every client that is active now,
 * their traffic summed, the limit summed (unlimited when any is), the earliest expiry among them.
 * With no active client it is the newest client's state, so the feed answers 200 with no links.
 */
public final class AccountSubscription {

  public static final String TITLE = "1000proxy";

  private AccountSubscription() {}

  /** Empty when the customer has no delivered client at all. */
  public static Optional<ClientSubscription> of(List<DeliveredClient> clients, Clock clock) {
    if (clients.isEmpty()) {
      return Optional.empty();
    }
    List<DeliveredClient> active = new ArrayList<>();
    for (DeliveredClient delivered : clients) {
      if (delivered.client().enforce(clock).status() == ClientStatus.ACTIVE) {
        active.add(delivered);
      }
    }
    if (active.isEmpty()) {
      ServerClient newest = clients.get(clients.size() - 1).client().enforce(clock);
      return Optional.of(new ClientSubscription(newest, TITLE, List.of()));
    }
    return Optional.of(new ClientSubscription(combined(active), TITLE, links(active)));
  }

  private static ServerClient combined(List<DeliveredClient> active) {
    ServerClient base = active.get(0).client();
    long up = 0;
    long down = 0;
    long limitBytes = 0;
    boolean unlimited = false;
    Instant expiresAt = base.expiresAt();
    for (DeliveredClient delivered : active) {
      ServerClient client = delivered.client();
      up += client.usage().upBytes();
      down += client.usage().downBytes();
      unlimited |= client.trafficLimit().isUnlimited();
      limitBytes += client.trafficLimit().bytes().orElse(0);
      expiresAt = client.expiresAt().isBefore(expiresAt) ? client.expiresAt() : expiresAt;
    }
    BandwidthLimit limit =
        unlimited
            ? BandwidthLimit.unlimited()
            : BandwidthLimit.ofGigabytes(Math.max(1, limitBytes / BandwidthLimit.BYTES_PER_GB));
    return new ServerClient(
        base.id(),
        base.owner(),
        base.orderId(),
        base.serverId(),
        base.inboundId(),
        base.protocol(),
        base.account(),
        base.subscriptionToken(),
        base.maxConnections(),
        limit,
        new TrafficUsage(up, down),
        expiresAt,
        ClientStatus.ACTIVE);
  }

  private static List<ShareLinkSpec> links(List<DeliveredClient> active) {
    List<ShareLinkSpec> links = new ArrayList<>();
    active.forEach(delivered -> links.addAll(delivered.links()));
    return links;
  }
}
