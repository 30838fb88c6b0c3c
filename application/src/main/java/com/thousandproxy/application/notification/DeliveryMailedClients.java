package com.thousandproxy.application.notification;

import com.thousandproxy.application.delivery.DeliveredClient;
import com.thousandproxy.application.delivery.DeliveryLinks;
import com.thousandproxy.application.delivery.port.out.DeliveryRecords;
import com.thousandproxy.application.provisioning.SubscriptionTokens;
import com.thousandproxy.domain.client.ServerClientId;
import reactor.core.publisher.Mono;

/**
 * Reads a client as delivered (the record behind {@code GET /server-clients/{id}}) and turns it
 * into what a mail lists: the same share links and subscription URL the client page shows.
 */
public final class DeliveryMailedClients implements MailedClients {

  private final DeliveryRecords records;
  private final DeliveryLinks links;
  private final SubscriptionTokens tokens;

  public DeliveryMailedClients(
      DeliveryRecords records, DeliveryLinks links, SubscriptionTokens tokens) {
    this.records = records;
    this.links = links;
    this.tokens = tokens;
  }

  @Override
  public Mono<MailedClient> of(ServerClientId id) {
    return records.find(id).map(this::mailed);
  }

  private MailedClient mailed(DeliveredClient delivered) {
    String nonce = delivered.tokenNonce();
    return new MailedClient(
        name(delivered),
        links.of(delivered),
        nonce == null ? null : links.subscriptionUrl(tokens.tokenFor(nonce)));
  }

  private static String name(DeliveredClient delivered) {
    String plan =
        delivered.planName().isBlank()
            ? "Service #" + delivered.client().id().value()
            : delivered.planName();
    return delivered.location().isBlank() ? plan : plan + " (" + delivered.location() + ")";
  }
}
