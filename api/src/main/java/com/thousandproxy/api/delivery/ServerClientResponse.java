package com.thousandproxy.api.delivery;

import com.thousandproxy.application.delivery.ClientDelivery;
import com.thousandproxy.domain.client.ServerClient;
import java.time.Instant;
import java.util.List;

/** A client as the customer sees it, from our records. */
public record ServerClientResponse(
    long id,
    long orderId,
    String status,
    String protocol,
    Server server,
    String email,
    Instant expiresAt,
    int maxConnections,
    Traffic traffic,
    List<String> links,
    String subscriptionUrl) {

  /** Where the client runs. */
  public record Server(String name, String location) {}

  /** Bytes since the last reset; {@code totalBytes} is the limit, null when unlimited. */
  public record Traffic(long upBytes, long downBytes, Long totalBytes) {}

  static ServerClientResponse from(ClientDelivery delivery, Links links) {
    ServerClient client = delivery.delivered().client();
    return new ServerClientResponse(
        client.id().value(),
        client.orderId().value(),
        client.status().name(),
        client.protocol().wireName(),
        new Server(delivery.delivered().serverName(), delivery.delivered().location()),
        client.account().email(),
        client.expiresAt(),
        client.maxConnections(),
        new Traffic(
            client.usage().upBytes(),
            client.usage().downBytes(),
            client.trafficLimit().isUnlimited() ? null : client.trafficLimit().bytes().getAsLong()),
        links.of(delivery.delivered()),
        links.subscriptionUrl(delivery.subscriptionToken()));
  }
}
