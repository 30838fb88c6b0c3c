package com.thousandproxy.application.server.service;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelClientTraffic;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.PanelInbound;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import com.thousandproxy.application.panel.port.out.PanelInboundReader;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The panel ports the application uses: connections pinned to {@link PanelDialect#DEMO} go to the
 * demo panel, all others to the real 3x-ui adapter. Without a demo panel (outside the demo profile)
 * a demo server is unavailable, never sent to a real host.
 */
public final class PanelGatewayRouter implements PanelClientGateway, PanelInboundReader {

  private final PanelClientGateway realGateway;
  private final PanelInboundReader realReader;
  private final PanelClientGateway demoGateway;
  private final PanelInboundReader demoReader;

  /**
   * @param demoGateway the demo panel, or {@code null} when demo servers are not served
   * @param demoReader the demo panel's reader, or {@code null} with it
   */
  public PanelGatewayRouter(
      PanelClientGateway realGateway,
      PanelInboundReader realReader,
      PanelClientGateway demoGateway,
      PanelInboundReader demoReader) {
    this.realGateway = realGateway;
    this.realReader = realReader;
    this.demoGateway = demoGateway;
    this.demoReader = demoReader;
  }

  private PanelInboundReader reader(PanelConnection panel) {
    return isDemo(panel) ? demoReader : realReader;
  }

  private PanelClientGateway route(PanelConnection panel) {
    return isDemo(panel) ? demoGateway : realGateway;
  }

  private boolean isDemo(PanelConnection panel) {
    if (panel.pinnedDialect() != PanelDialect.DEMO) {
      return false;
    }
    if (demoGateway == null || demoReader == null) {
      throw new PanelUnavailableException(
          panel.baseUrl().getHost(),
          PanelUnavailableException.Reason.API_MISSING,
          "demo servers are served in the demo profile only");
    }
    return true;
  }

  @Override
  public Mono<PanelWriteOutcome> addClients(
      PanelConnection panel, long inboundId, List<PanelClient> clients) {
    return Mono.defer(() -> route(panel).addClients(panel, inboundId, clients));
  }

  @Override
  public Mono<PanelWriteOutcome> updateClient(
      PanelConnection panel, long inboundId, String email, PanelClient client) {
    return Mono.defer(() -> route(panel).updateClient(panel, inboundId, email, client));
  }

  @Override
  public Mono<PanelWriteOutcome> setClientEnabled(
      PanelConnection panel, long inboundId, String email, boolean enabled) {
    return Mono.defer(() -> route(panel).setClientEnabled(panel, inboundId, email, enabled));
  }

  @Override
  public Mono<PanelWriteOutcome> deleteClient(PanelConnection panel, long inboundId, String email) {
    return Mono.defer(() -> route(panel).deleteClient(panel, inboundId, email));
  }

  @Override
  public Flux<PanelClientTraffic> clientTraffic(PanelConnection panel) {
    return Flux.defer(() -> route(panel).clientTraffic(panel));
  }

  @Override
  public Mono<PanelWriteOutcome> resetClientTraffic(
      PanelConnection panel, long inboundId, String email) {
    return Mono.defer(() -> route(panel).resetClientTraffic(panel, inboundId, email));
  }

  @Override
  public Mono<Set<String>> onlineClients(PanelConnection panel) {
    return Mono.defer(() -> route(panel).onlineClients(panel));
  }

  /** Never fails, like the adapters: a demo server without a demo panel is unreachable. */
  @Override
  public Mono<PanelHealth> probe(PanelConnection panel) {
    return Mono.defer(() -> route(panel).probe(panel))
        .onErrorResume(
            PanelUnavailableException.class,
            e -> Mono.just(PanelHealth.down(Duration.ZERO, e.getMessage())));
  }

  @Override
  public Flux<PanelInbound> inbounds(PanelConnection panel) {
    return Flux.defer(() -> reader(panel).inbounds(panel));
  }

  @Override
  public Mono<PanelInbound> inbound(PanelConnection panel, long inboundId) {
    return Mono.defer(() -> reader(panel).inbound(panel, inboundId));
  }
}
