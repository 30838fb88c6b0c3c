package com.thousandproxy.application.provisioning.service;

import com.thousandproxy.application.provisioning.PaidOrder;
import com.thousandproxy.application.provisioning.PanelClients;
import com.thousandproxy.application.provisioning.PurchasedLine;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.SubscriptionTokens;
import com.thousandproxy.application.provisioning.port.out.CustomerNotifier;
import com.thousandproxy.application.provisioning.port.out.ProvisioningOrders;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.client.PanelAccount;
import com.thousandproxy.domain.client.ServerClient;
import com.thousandproxy.domain.shared.IllegalTransitionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Delivers a renewal: the same panel client gets the extended expiry (from the later of now and its
 * current expiry, the domain's rule), is switched on and has its traffic reset; never a new client.
 * The store is updated together with the order's completion, so a rerun after a crash computes the
 * same expiry from the unchanged stored one and the panel's full replacement is repeated
 * harmlessly, while a rerun after completion finds the order COMPLETED and extends nothing twice.
 */
public final class RenewalDelivery {

  private final ServerClientRepository clients;
  private final ProvisioningOrders orders;
  private final PanelCalls panels;
  private final Transactions transactions;
  private final SubscriptionTokens tokens;
  private final CustomerNotifier notifier;
  private final Clock clock;

  public RenewalDelivery(
      ServerClientRepository clients,
      ProvisioningOrders orders,
      PanelCalls panels,
      Transactions transactions,
      SubscriptionTokens tokens,
      CustomerNotifier notifier,
      Clock clock) {
    this.clients = clients;
    this.orders = orders;
    this.panels = panels;
    this.transactions = transactions;
    this.tokens = tokens;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** Done (and the order COMPLETED) when the client runs with its new expiry. */
  Mono<Step> renew(PaidOrder order) {
    return clients
        .find(order.renews())
        .flatMap(client -> renew(order, client))
        .switchIfEmpty(
            Mono.fromSupplier(
                () -> new Step.Permanent("client " + order.renews().value() + " does not exist")));
  }

  private Mono<Step> renew(PaidOrder order, StoredClient client) {
    Duration extension = Duration.ZERO;
    for (PurchasedLine line : order.lines()) {
      extension = extension.plus(line.duration().multipliedBy(line.quantity()));
    }
    Instant expiresAt;
    try {
      expiresAt = toDomain(client).renew(extension, clock).expiresAt();
    } catch (IllegalTransitionException e) {
      return Mono.just(
          new Step.Permanent(
              "client " + client.id().value() + " is " + client.status() + ": not renewable"));
    }
    PurchasedLine terms = order.lines().get(0);
    return panels
        .renew(
            client.serverId(),
            client.panelInboundId(),
            PanelClients.of(client, expiresAt, terms.trafficLimit(), terms.maxConnections()))
        .flatMap(
            step ->
                step instanceof Step.Done
                    ? record(order, client, expiresAt, terms)
                    : Mono.just(step));
  }

  private Mono<Step> record(
      PaidOrder order, StoredClient client, Instant expiresAt, PurchasedLine terms) {
    Instant now = clock.instant();
    return transactions.inTransaction(
        () ->
            clients
                .renew(
                    client.id(),
                    client.version(),
                    expiresAt,
                    terms.trafficLimit(),
                    terms.maxConnections(),
                    now)
                .flatMap(
                    renewed ->
                        renewed
                            ? orders
                                .markCompleted(order.id(), now)
                                .then(
                                    notifier.clientRenewed(order.userId(), client.id(), expiresAt))
                                .thenReturn(new Step.Done(1))
                            : Mono.just(
                                new Step.Transient(
                                    "client " + client.id().value() + " changed meanwhile"))));
  }

  private ServerClient toDomain(StoredClient client) {
    return new ServerClient(
        client.id(),
        client.userId(),
        client.orderId(),
        client.serverId(),
        client.inboundId(),
        client.protocol(),
        new PanelAccount(client.email(), client.credentials().secret()),
        tokens.tokenFor(client.tokenNonce()),
        client.limitIp(),
        client.trafficLimit(),
        client.usage(),
        client.expiresAt(),
        client.status());
  }
}
