package com.thousandproxy.application.provisioning.service;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import com.thousandproxy.application.provisioning.port.out.PanelDirectory;
import com.thousandproxy.domain.server.ServerId;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * The panel writes of provisioning, each turned into a {@link Step}: an outage or a missing inbound
 * is worth another try, a refusal (a foreign client with our email, an invalid client) is not.
 */
public final class PanelCalls {

  private final PanelDirectory directory;
  private final PanelClientGateway gateway;

  public PanelCalls(PanelDirectory directory, PanelClientGateway gateway) {
    this.directory = directory;
    this.gateway = gateway;
  }

  /** Adds the clients to one inbound in one call (the gateway skips those already there). */
  Mono<Step> add(ServerId serverId, long panelInboundId, List<PanelClient> clients) {
    return onPanel(
        serverId,
        panel ->
            gateway
                .addClients(panel, panelInboundId, clients)
                .map(outcome -> step(outcome, clients.size())));
  }

  /** Replaces the client with its renewed terms, then sets its used traffic back to zero. */
  Mono<Step> renew(ServerId serverId, long panelInboundId, PanelClient client) {
    return onPanel(
        serverId,
        panel ->
            gateway
                .updateClient(panel, panelInboundId, client.email(), client)
                .flatMap(
                    outcome ->
                        outcome.isApplied()
                            ? gateway.resetClientTraffic(panel, panelInboundId, client.email())
                            : Mono.just(outcome))
                .map(outcome -> step(outcome, 1)));
  }

  private Mono<Step> onPanel(ServerId serverId, Function<PanelConnection, Mono<Step>> call) {
    return directory
        .connection(serverId)
        .flatMap(call)
        .switchIfEmpty(
            Mono.fromSupplier(
                () -> new Step.Transient("server " + serverId.value() + " is not known")))
        .onErrorResume(
            PanelUnavailableException.class,
            e -> Mono.just(new Step.Transient("panel unavailable: " + e.getMessage())));
  }

  static Step step(PanelWriteOutcome outcome, int clients) {
    if (outcome instanceof PanelWriteOutcome.Applied) {
      return new Step.Done(clients);
    }
    if (outcome instanceof PanelWriteOutcome.NotFound notFound) {
      return new Step.Transient("the panel has no " + notFound.what());
    }
    if (outcome instanceof PanelWriteOutcome.DuplicateEmail duplicate) {
      return new Step.Permanent("another client on the panel is called " + duplicate.email());
    }
    if (outcome instanceof PanelWriteOutcome.Invalid invalid) {
      return new Step.Permanent("the panel refused the client: " + invalid.reason());
    }
    return new Step.Permanent("the panel refused the change: " + outcome);
  }
}
