package com.thousandproxy.application.delivery;

import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.client.ServerClient;
import com.thousandproxy.domain.links.ShareLinkSpec;
import java.util.List;
import java.util.Objects;

/**
 * A stored client with what the customer sees of it: where it runs, its plan and its share links
 * built from the stored inbound and the server's public host (no panel call).
 *
 * @param tokenNonce the stored nonce its subscription token is computed from; null when none
 */
public record DeliveredClient(
    ServerClient client,
    PlanId planId,
    String planName,
    String serverName,
    String location,
    List<ShareLinkSpec> links,
    String tokenNonce) {

  public DeliveredClient {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(planId, "planId");
    planName = Objects.requireNonNullElse(planName, "");
    serverName = Objects.requireNonNullElse(serverName, "");
    location = Objects.requireNonNullElse(location, "");
    links = List.copyOf(links);
  }
}
