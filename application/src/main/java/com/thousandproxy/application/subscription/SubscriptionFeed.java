package com.thousandproxy.application.subscription;

import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.links.ShareLinkSpec;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a customer's VPN app gets from the subscription URL, whatever the format: the links to
 * connect with (none while the client is not running) and the numbers apps show.
 *
 * @param title the profile name apps display (the plan's name)
 * @param clientName the panel's name for the client, for the human page
 * @param status the client's status once the time and traffic rules are applied
 * @param links one per share link, empty unless the client is active
 * @param upload bytes uploaded since the last traffic reset
 * @param download bytes downloaded since the last traffic reset
 * @param total the traffic limit in bytes, 0 when unlimited
 * @param expire when the client stops working, {@code null} when never
 * @param supportUrl where customers get help, {@code null} when not configured
 */
public record SubscriptionFeed(
    String title,
    String clientName,
    ClientStatus status,
    List<ShareLinkSpec> links,
    long upload,
    long download,
    long total,
    Instant expire,
    String supportUrl) {

  public SubscriptionFeed {
    Objects.requireNonNull(title, "title");
    clientName = Objects.requireNonNullElse(clientName, "");
    Objects.requireNonNull(status, "status");
    links = List.copyOf(links);
    if (upload < 0 || download < 0 || total < 0) {
      throw new IllegalArgumentException("traffic must not be negative");
    }
  }

  public boolean active() {
    return status == ClientStatus.ACTIVE;
  }
}
