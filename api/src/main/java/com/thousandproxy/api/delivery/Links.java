package com.thousandproxy.api.delivery;

import com.thousandproxy.application.delivery.DeliveredClient;
import com.thousandproxy.domain.links.ShareLinkBuilder;
import java.util.List;

/** Share-link strings and subscription URLs under {@code app.public-base-url}. */
public final class Links {

  private final ShareLinkBuilder builder;
  private final String baseUrl;

  public Links(ShareLinkBuilder builder, String publicBaseUrl) {
    this.builder = builder;
    this.baseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  public List<String> of(DeliveredClient delivered) {
    return delivered.links().stream().map(builder::build).toList();
  }

  /** The client feed's URL; null without a token. */
  public String subscriptionUrl(String token) {
    return token == null ? null : baseUrl + "/sub/" + token;
  }

  public String accountSubscriptionUrl(String token) {
    return baseUrl + "/sub/u/" + token;
  }
}
