package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.provisioning.ClientCredentials;
import com.thousandproxy.application.provisioning.StoredClient;
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

/** Builds stored clients for the lifecycle tests: active, on server 1, 1 GB, one of order 7. */
public final class ClientTestData {

  private long id = 1;
  private ClientStatus status = ClientStatus.ACTIVE;
  private Instant expiresAt = LifecycleWorld.NOW.plusSeconds(86_400);
  private BandwidthLimit limit = BandwidthLimit.ofGigabytes(1);

  public static ClientTestData aClient() {
    return new ClientTestData();
  }

  public ClientTestData withId(long value) {
    id = value;
    return this;
  }

  public ClientTestData withStatus(ClientStatus value) {
    status = value;
    return this;
  }

  public ClientTestData expiringAt(Instant value) {
    expiresAt = value;
    return this;
  }

  public ClientTestData unlimited() {
    limit = BandwidthLimit.unlimited();
    return this;
  }

  public StoredClient build() {
    return new StoredClient(
        new ServerClientId(id),
        new UserId(3),
        new OrderId(7),
        null,
        new ServerId(1),
        new InboundId(10),
        1,
        new PlanId(5),
        Protocol.VLESS,
        new ClientCredentials("c" + id + "@1000proxy", "uuid-" + id, null, "sub" + id),
        "",
        status,
        expiresAt,
        limit,
        2,
        TrafficUsage.NONE,
        "nonce",
        0);
  }
}
