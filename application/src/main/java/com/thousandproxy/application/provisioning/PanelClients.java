package com.thousandproxy.application.provisioning;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.Protocol;
import java.time.Instant;

/** The whole panel client object of a stored client (every field set: panels replace on update). */
public final class PanelClients {

  private PanelClients() {}

  public static PanelClient of(StoredClient client) {
    return of(client, client.expiresAt(), client.trafficLimit(), client.limitIp());
  }

  /** The client with other terms, as a renewal sends it. */
  public static PanelClient of(
      StoredClient client, Instant expiresAt, BandwidthLimit trafficLimit, int limitIp) {
    ClientCredentials credentials = client.credentials();
    return new PanelClient(
        credentials.email(),
        credentials.uuid(),
        credentials.password(),
        client.flow(),
        client.protocol() == Protocol.VMESS ? "auto" : null,
        limitIp,
        trafficLimit.bytes().orElse(0),
        expiresAt.toEpochMilli(),
        true,
        0,
        credentials.subId(),
        client.orderId() == null ? "" : "order-" + client.orderId().value(),
        0);
  }
}
