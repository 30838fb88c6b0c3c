package com.thousandproxy.application.provisioning.service;

import com.thousandproxy.application.provisioning.ClientIdentities;
import com.thousandproxy.application.provisioning.InboundCandidate;
import com.thousandproxy.application.provisioning.NewClient;
import com.thousandproxy.application.provisioning.PaidOrder;
import com.thousandproxy.application.provisioning.PanelClients;
import com.thousandproxy.application.provisioning.PlacementPlanner;
import com.thousandproxy.application.provisioning.PurchasedLine;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.SubscriptionTokens;
import com.thousandproxy.application.provisioning.UnitKey;
import com.thousandproxy.application.provisioning.port.out.ClientPlacement;
import com.thousandproxy.application.provisioning.port.out.CustomerNotifier;
import com.thousandproxy.application.provisioning.port.out.ProvisioningOrders;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.client.ClientStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Delivers a purchase. First every unit without a client gets one, PENDING and placed, its identity
 * generated once (placement and insert in one transaction that holds the servers' capacity); then
 * the PENDING clients are added to their panels, one batched call per inbound, and each batch the
 * panel applied becomes ACTIVE. A rerun finds the stored clients and repeats only what is missing;
 * the gateway's look-up makes a repeated add of a client already there a no-op.
 */
public final class PurchaseDelivery {

  private final ServerClientRepository clients;
  private final ProvisioningOrders orders;
  private final ClientPlacement placement;
  private final PanelCalls panels;
  private final Transactions transactions;
  private final ClientIdentities identities;
  private final SubscriptionTokens tokens;
  private final CustomerNotifier notifier;
  private final Clock clock;

  public PurchaseDelivery(
      ServerClientRepository clients,
      ProvisioningOrders orders,
      ClientPlacement placement,
      PanelCalls panels,
      Transactions transactions,
      ClientIdentities identities,
      SubscriptionTokens tokens,
      CustomerNotifier notifier,
      Clock clock) {
    this.clients = clients;
    this.orders = orders;
    this.placement = placement;
    this.panels = panels;
    this.transactions = transactions;
    this.identities = identities;
    this.tokens = tokens;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** Done (and the order COMPLETED) when every unit has a delivered client; otherwise why not. */
  Mono<Step> deliver(PaidOrder order) {
    return clients
        .findByOrder(order.id())
        .flatMap(
            existing ->
                Flux.fromIterable(order.lines())
                    .concatMap(line -> placeMissing(order, line, existing))
                    .collectList())
        .flatMap(
            shortages ->
                clients
                    .findByOrder(order.id())
                    .flatMap(stored -> addPending(order, stored, shortages)));
  }

  /** Stores a placed PENDING client for each unit of the line that has none; emits a shortage. */
  private Mono<String> placeMissing(PaidOrder order, PurchasedLine line, List<StoredClient> known) {
    Set<Integer> placed =
        known.stream()
            .filter(c -> c.unit() != null && c.unit().itemId().equals(line.itemId()))
            .map(c -> c.unit().unitIndex())
            .collect(Collectors.toSet());
    List<UnitKey> missing = new ArrayList<>();
    for (int unit = 0; unit < line.quantity(); unit++) {
      if (!placed.contains(unit)) {
        missing.add(new UnitKey(line.itemId(), unit));
      }
    }
    if (missing.isEmpty()) {
      return Mono.empty();
    }
    return transactions.inTransaction(
        () ->
            placement
                .lockCandidates(line.planId())
                .flatMap(
                    candidates ->
                        PlacementPlanner.place(candidates, missing.size())
                            .map(chosen -> insert(order, line, missing, chosen))
                            .orElseGet(
                                () ->
                                    Mono.just(
                                        "no server of plan "
                                            + line.planId().value()
                                            + " has room for "
                                            + missing.size()
                                            + " client(s)"))));
  }

  private Mono<String> insert(
      PaidOrder order, PurchasedLine line, List<UnitKey> units, List<InboundCandidate> chosen) {
    Instant now = clock.instant();
    List<NewClient> rows = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      InboundCandidate inbound = chosen.get(i);
      rows.add(
          new NewClient(
              order.userId(),
              order.id(),
              units.get(i),
              line.planId(),
              inbound.serverId(),
              inbound.inboundId(),
              line.protocol(),
              identities.newClient(
                  order.id(), units.get(i), line.protocol(), inbound.shadowsocksMethod()),
              now.plus(line.duration()),
              line.trafficLimit(),
              line.maxConnections(),
              tokens.issue()));
    }
    return clients.insertPending(rows, now).then(Mono.empty());
  }

  private Mono<Step> addPending(
      PaidOrder order, List<StoredClient> stored, List<String> shortages) {
    Map<String, List<StoredClient>> byInbound = new LinkedHashMap<>();
    stored.stream()
        .filter(c -> c.status() == ClientStatus.PENDING)
        .forEach(
            c ->
                byInbound
                    .computeIfAbsent(
                        c.serverId().value() + "/" + c.panelInboundId(), key -> new ArrayList<>())
                    .add(c));
    int delivered = stored.size() - byInbound.values().stream().mapToInt(List::size).sum();
    return Flux.fromIterable(byInbound.values())
        .concatMap(this::addBatch)
        .collectList()
        .map(steps -> summarise(order, delivered, steps, shortages))
        .flatMap(step -> step instanceof Step.Done done ? complete(order, done) : Mono.just(step));
  }

  /**
   * COMPLETED and the customer's notice commit together: a crash between them cannot lose the
   * notice, and a retry of the job (everything delivered) completes again, the notice keyed once.
   */
  private Mono<Step> complete(PaidOrder order, Step.Done done) {
    return transactions
        .inTransaction(
            () ->
                orders
                    .markCompleted(order.id(), clock.instant())
                    .then(notifier.clientsDelivered(order.userId(), order.id(), done.clients())))
        .thenReturn(done);
  }

  private Mono<Step> addBatch(List<StoredClient> batch) {
    StoredClient first = batch.get(0);
    return panels
        .add(
            first.serverId(), first.panelInboundId(), batch.stream().map(PanelClients::of).toList())
        .flatMap(
            step ->
                step instanceof Step.Done
                    ? clients
                        .activate(batch.stream().map(StoredClient::id).toList(), clock.instant())
                        .thenReturn(step)
                    : Mono.just(step));
  }

  private static Step summarise(
      PaidOrder order, int deliveredBefore, List<Step> steps, List<String> shortages) {
    int delivered = deliveredBefore;
    List<String> permanent = new ArrayList<>();
    List<String> transients = new ArrayList<>(shortages);
    for (Step step : steps) {
      if (step instanceof Step.Done done) {
        delivered += done.clients();
      } else if (step instanceof Step.Permanent p) {
        permanent.add(p.reason());
      } else if (step instanceof Step.Transient t) {
        transients.add(t.reason());
      }
    }
    if (delivered == order.units() && shortages.isEmpty()) {
      return new Step.Done(delivered);
    }
    if (!permanent.isEmpty()) {
      return new Step.Permanent(String.join("; ", permanent));
    }
    return new Step.Transient(
        (order.units() - delivered)
            + " of "
            + order.units()
            + " client(s) missing: "
            + String.join("; ", transients));
  }
}
