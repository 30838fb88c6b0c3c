package com.thousandproxy.application.server.service;

import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import com.thousandproxy.application.server.ServerHealthReport;
import com.thousandproxy.application.server.port.in.BrowseServersUseCase;
import com.thousandproxy.application.server.port.in.CheckServerHealthUseCase;
import com.thousandproxy.application.server.port.out.ServerRepository;
import com.thousandproxy.domain.server.ServerId;
import java.time.Clock;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Probes a server's panel with a connection that lets the adapter detect the dialect afresh (unless
 * an admin pinned one), and remembers what it saw. A probe never fails: an outage is an unreachable
 * report.
 */
public final class CheckServerHealthService implements CheckServerHealthUseCase {

  private final BrowseServersUseCase browse;
  private final ResolvePanelConnectionService connections;
  private final PanelClientGateway gateway;
  private final ServerRepository servers;
  private final Clock clock;

  public CheckServerHealthService(
      BrowseServersUseCase browse,
      ResolvePanelConnectionService connections,
      PanelClientGateway gateway,
      ServerRepository servers,
      Clock clock) {
    this.browse = browse;
    this.connections = connections;
    this.gateway = gateway;
    this.servers = servers;
    this.clock = clock;
  }

  @Override
  public Mono<ServerHealthReport> check(ServerId id) {
    return browse
        .server(id)
        .flatMap(
            server ->
                gateway
                    .probe(connections.connection(server, false))
                    .flatMap(
                        health -> {
                          Instant now = clock.instant();
                          var dialect = server.dialect().afterDetecting(health.dialect());
                          var report =
                              new ServerHealthReport(
                                  health.reachable(),
                                  health.latency(),
                                  health.reachable() ? health.dialect() : null,
                                  health.clientCount(),
                                  now);
                          return servers.markChecked(id, dialect, now).thenReturn(report);
                        }));
  }
}
