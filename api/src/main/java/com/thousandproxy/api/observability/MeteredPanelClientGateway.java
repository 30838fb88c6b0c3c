package com.thousandproxy.api.observability;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelClientTraffic;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A {@link PanelClientGateway} that times every call through {@link PanelCallMetrics}. */
final class MeteredPanelClientGateway implements PanelClientGateway {

  private final PanelClientGateway delegate;
  private final PanelCallMetrics metrics;

  MeteredPanelClientGateway(PanelClientGateway delegate, PanelCallMetrics metrics) {
    this.delegate = delegate;
    this.metrics = metrics;
  }

  @Override
  public Mono<PanelWriteOutcome> addClients(
      PanelConnection panel, long inboundId, List<PanelClient> clients) {
    return write(panel, "add_clients", () -> delegate.addClients(panel, inboundId, clients));
  }

  @Override
  public Mono<PanelWriteOutcome> updateClient(
      PanelConnection panel, long inboundId, String email, PanelClient client) {
    return write(
        panel, "update_client", () -> delegate.updateClient(panel, inboundId, email, client));
  }

  @Override
  public Mono<PanelWriteOutcome> setClientEnabled(
      PanelConnection panel, long inboundId, String email, boolean enabled) {
    return write(
        panel,
        "set_client_enabled",
        () -> delegate.setClientEnabled(panel, inboundId, email, enabled));
  }

  @Override
  public Mono<PanelWriteOutcome> deleteClient(PanelConnection panel, long inboundId, String email) {
    return write(panel, "delete_client", () -> delegate.deleteClient(panel, inboundId, email));
  }

  @Override
  public Flux<PanelClientTraffic> clientTraffic(PanelConnection panel) {
    return metrics.timeAll(panel, "client_traffic", () -> delegate.clientTraffic(panel));
  }

  @Override
  public Mono<PanelWriteOutcome> resetClientTraffic(
      PanelConnection panel, long inboundId, String email) {
    return write(
        panel, "reset_client_traffic", () -> delegate.resetClientTraffic(panel, inboundId, email));
  }

  @Override
  public Mono<Set<String>> onlineClients(PanelConnection panel) {
    return metrics.time(panel, "online_clients", () -> delegate.onlineClients(panel), set -> "ok");
  }

  @Override
  public Mono<PanelHealth> probe(PanelConnection panel) {
    return metrics.time(
        panel, "probe", () -> delegate.probe(panel), health -> health.reachable() ? "up" : "down");
  }

  private Mono<PanelWriteOutcome> write(
      PanelConnection panel, String operation, Supplier<Mono<PanelWriteOutcome>> call) {
    return metrics.time(panel, operation, call, PanelCallMetrics::snakeCase);
  }
}
