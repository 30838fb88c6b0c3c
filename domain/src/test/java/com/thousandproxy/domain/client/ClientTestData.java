package com.thousandproxy.domain.client;

import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import com.thousandproxy.domain.shared.TestClocks;
import com.thousandproxy.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;

/** Builds clients, by default active, ten days before expiry, with 1 GB and nothing used. */
public final class ClientTestData {

  public static final long GB = BandwidthLimit.BYTES_PER_GB;

  private ClientStatus status = ClientStatus.ACTIVE;
  private Instant expiresAt = TestClocks.NOW.plus(Duration.ofDays(10));
  private BandwidthLimit trafficLimit = BandwidthLimit.ofGigabytes(1);
  private TrafficUsage usage = TrafficUsage.NONE;

  private ClientTestData() {}

  public static ClientTestData aClient() {
    return new ClientTestData();
  }

  public ClientTestData in(ClientStatus newStatus) {
    status = newStatus;
    return this;
  }

  public ClientTestData expiringAt(Instant instant) {
    expiresAt = instant;
    return this;
  }

  public ClientTestData withTrafficLimit(BandwidthLimit limit) {
    trafficLimit = limit;
    return this;
  }

  public ClientTestData withUsage(long upBytes, long downBytes) {
    usage = new TrafficUsage(upBytes, downBytes);
    return this;
  }

  public ServerClient build() {
    return new ServerClient(
        new ServerClientId(1),
        new UserId(1),
        new OrderId(1),
        new ServerId(1),
        new InboundId(1),
        Protocol.VLESS,
        new PanelAccount("u1-o1-c1", "6f1c1f5e-4b9a-4c36-9f0e-3f6a7c0b2d11"),
        "sub-token-0001",
        2,
        trafficLimit,
        usage,
        expiresAt,
        status);
  }
}
