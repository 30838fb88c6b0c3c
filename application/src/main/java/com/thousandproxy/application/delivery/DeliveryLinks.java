package com.thousandproxy.application.delivery;

import com.thousandproxy.domain.links.ShareLinkBuilder;
import java.util.List;

/**
 * What a customer imports: the share-link strings of a delivered client and the subscription URLs
 * under the public base URL. The client page and the e-mails both use it, so they show the same.
 */
public final class DeliveryLinks {

  private final ShareLinkBuilder builder;
  private final String baseUrl;

  public DeliveryLinks(ShareLinkBuilder builder, String publicBaseUrl) {
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
