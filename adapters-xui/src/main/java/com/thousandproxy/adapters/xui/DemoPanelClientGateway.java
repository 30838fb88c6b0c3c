package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelClientTraffic;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.PanelInbound;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import com.thousandproxy.application.panel.port.out.PanelInboundReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * DEMO ONLY: an in-memory stand-in for 3x-ui panels (demo profile), answering like a panel
 * (duplicate emails, unknown clients, last client of an inbound) but provisioning nothing real. A
 * retried add is handled as the real adapter does: a duplicate email that is our own client counts
 * as added, and only the missing clients are added. Each panel URL gets its own {@link DemoPanel}
 * with four inbounds (vless/reality, vmess/ws, trojan/grpc, ss-2022). Every log line says DEMO and
 * the health answer's dialect is {@link PanelDialect#DEMO}.
 */
public final class DemoPanelClientGateway implements PanelClientGateway, PanelInboundReader {

  private static final Logger LOG = LoggerFactory.getLogger("xui");

  private final Map<String, DemoPanel> panels = new ConcurrentHashMap<>();

  private DemoPanel panel(PanelConnection connection) {
    return panels.computeIfAbsent(connection.key(), key -> new DemoPanel());
  }

  private Mono<PanelWriteOutcome> logged(
      PanelConnection panel, String what, PanelWriteOutcome outcome) {
    LOG.info("[DEMO panel, nothing provisioned] {}: {} -> {}", panel.baseUrl(), what, outcome);
    return Mono.just(outcome);
  }

  @Override
  public Mono<PanelWriteOutcome> addClients(
      PanelConnection panel, long inboundId, List<PanelClient> clients) {
    return Mono.defer(
        () -> logged(panel, "add " + clients.size(), add(panel(panel), inboundId, clients)));
  }

  private static PanelWriteOutcome add(DemoPanel demo, long inboundId, List<PanelClient> clients) {
    synchronized (demo) {
      PanelWriteOutcome outcome = demo.add(inboundId, clients);
      if (!(outcome instanceof PanelWriteOutcome.DuplicateEmail)) {
        return outcome;
      }
      SafeWrites.Retry retry = SafeWrites.Retry.of(clients, demo.find(inboundId, clients));
      if (retry.foreignEmail() != null) {
        return new PanelWriteOutcome.DuplicateEmail(retry.foreignEmail());
      }
      return retry.missing().isEmpty()
          ? PanelWriteOutcome.applied()
          : demo.add(inboundId, retry.missing());
    }
  }

  @Override
  public Mono<PanelWriteOutcome> updateClient(
      PanelConnection panel, long inboundId, String email, PanelClient client) {
    return Mono.defer(
        () -> logged(panel, "update " + email, panel(panel).update(inboundId, email, client)));
  }

  @Override
  public Mono<PanelWriteOutcome> setClientEnabled(
      PanelConnection panel, long inboundId, String email, boolean enabled) {
    return Mono.defer(
        () ->
            logged(
                panel,
                "enable=" + enabled + " " + email,
                panel(panel).setEnabled(inboundId, email, enabled)));
  }

  @Override
  public Mono<PanelWriteOutcome> deleteClient(PanelConnection panel, long inboundId, String email) {
    return Mono.defer(
        () -> logged(panel, "delete " + email, panel(panel).delete(inboundId, email)));
  }

  @Override
  public Flux<PanelClientTraffic> clientTraffic(PanelConnection panel) {
    return Flux.defer(() -> Flux.fromIterable(panel(panel).traffic()));
  }

  @Override
  public Mono<PanelWriteOutcome> resetClientTraffic(
      PanelConnection panel, long inboundId, String email) {
    return Mono.defer(() -> logged(panel, "reset " + email, panel(panel).knows(inboundId, email)));
  }

  @Override
  public Mono<Set<String>> onlineClients(PanelConnection panel) {
    return Mono.just(Set.of());
  }

  @Override
  public Mono<PanelHealth> probe(PanelConnection panel) {
    return Mono.fromSupplier(
        () -> {
          int count = panel(panel).inbounds().stream().mapToInt(i -> i.clients().size()).sum();
          LOG.info("[DEMO panel] probe {}: {} client(s)", panel.baseUrl(), count);
          return new PanelHealth(
              true, Duration.ZERO, PanelDialect.DEMO, count, "demo panel, nothing is provisioned");
        });
  }

  @Override
  public Flux<PanelInbound> inbounds(PanelConnection panel) {
    return Flux.defer(() -> Flux.fromIterable(panel(panel).inbounds()));
  }

  @Override
  public Mono<PanelInbound> inbound(PanelConnection panel, long inboundId) {
    return inbounds(panel).filter(i -> i.id() == inboundId).next();
  }
}
