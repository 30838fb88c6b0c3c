package com.thousandproxy.application.subscription;

import com.thousandproxy.domain.client.ServerClient;
import com.thousandproxy.domain.links.ShareLinkSpec;
import java.util.List;
import java.util.Objects;

/**
 * A client found by its subscription token, with what the feed needs besides the client itself.
 *
 * @param client the client as stored, with its status, usage, limit and expiry
 * @param planName the name of the plan it was bought from, shown as the profile title
 * @param links the client's share links (one per link; usually one), built for its inbound and
 *     server's public host whatever the client's status: the feed decides whether to show them
 */
public record ClientSubscription(ServerClient client, String planName, List<ShareLinkSpec> links) {

  public ClientSubscription {
    Objects.requireNonNull(client, "client");
    if (planName == null || planName.isBlank()) {
      throw new IllegalArgumentException("planName is required");
    }
    links = List.copyOf(links);
  }
}
