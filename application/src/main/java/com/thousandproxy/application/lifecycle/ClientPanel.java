package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.port.out.PanelDirectory;
import reactor.core.publisher.Mono;

/**
 * Switches off and removes single clients on their panels. A client the panel no longer has counts
 * as switched off and as removed, so a repeated run is harmless; outages signal as errors.
 */
public final class ClientPanel {

  private final PanelDirectory directory;
  private final PanelClientGateway gateway;

  public ClientPanel(PanelDirectory directory, PanelClientGateway gateway) {
    this.directory = directory;
    this.gateway = gateway;
  }

  /** Emits true when the client is off (or gone) on its panel. */
  public Mono<Boolean> setEnabled(StoredClient client, boolean enabled) {
    return directory
        .connection(client.serverId())
        .flatMap(
            panel ->
                gateway.setClientEnabled(panel, client.panelInboundId(), client.email(), enabled))
        .map(outcome -> done(outcome, !enabled))
        .defaultIfEmpty(false);
  }

  /** Emits true when the client is gone from its panel. */
  public Mono<Boolean> delete(StoredClient client) {
    return directory
        .connection(client.serverId())
        .flatMap(panel -> gateway.deleteClient(panel, client.panelInboundId(), client.email()))
        .map(outcome -> done(outcome, true))
        .defaultIfEmpty(false);
  }

  /** Emits true when the client's used traffic is back to zero on its panel. */
  public Mono<Boolean> resetTraffic(StoredClient client) {
    return directory
        .connection(client.serverId())
        .flatMap(
            panel -> gateway.resetClientTraffic(panel, client.panelInboundId(), client.email()))
        .map(PanelWriteOutcome::isApplied)
        .defaultIfEmpty(false);
  }

  private static boolean done(PanelWriteOutcome outcome, boolean goneIsDone) {
    return outcome.isApplied() || goneIsDone && outcome instanceof PanelWriteOutcome.NotFound;
  }
}
