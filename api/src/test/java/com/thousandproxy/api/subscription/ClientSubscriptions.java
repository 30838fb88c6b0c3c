package com.thousandproxy.api.subscription;

import com.thousandproxy.application.subscription.ClientSubscription;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.PanelAccount;
import com.thousandproxy.domain.client.ServerClient;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.links.ShareLinkSpec;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** Builds subscriptions: by default an active client with 10 GB, 1.5 GB used, and given links. */
public final class ClientSubscriptions {

  private String planName = "Germany 30 days";
  private ClientStatus status = ClientStatus.ACTIVE;
  private Instant expiresAt;
  private List<ShareLinkSpec> links = LinkSpecs.ALL;

  private ClientSubscriptions(Instant expiresAt) {
    this.expiresAt = expiresAt;
  }

  public static ClientSubscriptions aSubscriptionExpiringAt(Instant expiresAt) {
    return new ClientSubscriptions(expiresAt);
  }

  public ClientSubscriptions named(String name) {
    planName = name;
    return this;
  }

  public ClientSubscriptions in(ClientStatus newStatus) {
    status = newStatus;
    return this;
  }

  public ClientSubscriptions withLinks(List<ShareLinkSpec> newLinks) {
    links = newLinks;
    return this;
  }

  public ClientSubscription build() {
    ServerClient client =
        new ServerClient(
            new ServerClientId(1),
            new UserId(1),
            new OrderId(1),
            new ServerId(1),
            new InboundId(1),
            Protocol.VLESS,
            new PanelAccount("u1-alice", LinkSpecs.UUID),
            "token",
            2,
            BandwidthLimit.ofGigabytes(10),
            new TrafficUsage(BandwidthLimit.BYTES_PER_GB / 2, BandwidthLimit.BYTES_PER_GB),
            expiresAt,
            status);
    return new ClientSubscription(client, planName, links);
  }
}
