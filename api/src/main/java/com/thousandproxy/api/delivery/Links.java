package com.thousandproxy.api.delivery;

import com.thousandproxy.application.delivery.DeliveredClient;
import com.thousandproxy.application.delivery.DeliveryLinks;
import java.util.List;

/** Share-link strings and subscription URLs for the responses, from {@link DeliveryLinks}. */
public final class Links {

  private final DeliveryLinks links;

  public Links(DeliveryLinks links) {
    this.links = links;
  }

  public List<String> of(DeliveredClient delivered) {
    return links.of(delivered);
  }

  /** The client feed's URL; null without a token. */
  public String subscriptionUrl(String token) {
    return links.subscriptionUrl(token);
  }

  public String accountSubscriptionUrl(String token) {
    return links.accountSubscriptionUrl(token);
  }
}
