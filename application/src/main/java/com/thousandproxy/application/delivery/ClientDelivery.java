package com.thousandproxy.application.delivery;

import java.util.Objects;

/**
 * What the customer's page shows of one client: the client and its current subscription token
 * (recomputed from the stored nonce; null when the client has none).
 */
public record ClientDelivery(DeliveredClient delivered, String subscriptionToken) {

  public ClientDelivery {
    Objects.requireNonNull(delivered, "delivered");
  }

  @Override
  public String toString() {
    return "ClientDelivery[id=" + delivered.client().id().value() + "]";
  }
}
