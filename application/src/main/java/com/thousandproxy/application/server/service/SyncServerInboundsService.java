package com.thousandproxy.application.server.service;

import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.PanelInbound;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import com.thousandproxy.application.panel.port.out.PanelInboundReader;
import com.thousandproxy.application.server.AdminActor;
import com.thousandproxy.application.server.InboundLinkSettings;
import com.thousandproxy.application.server.StoredInbound;
import com.thousandproxy.application.server.StoredServer;
import com.thousandproxy.application.server.SyncedInbound;
import com.thousandproxy.application.server.port.in.BrowseServersUseCase;
import com.thousandproxy.application.server.port.in.SyncServerInboundsUseCase;
import com.thousandproxy.application.server.port.out.InboundRepository;
import com.thousandproxy.application.server.port.out.ServerRepository;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.links.StreamSettings;
import com.thousandproxy.domain.links.TransportSecurity;
import com.thousandproxy.domain.server.ServerId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Reads a panel's inbounds into the store. The panel is probed first (which tells its dialect, then
 * remembered), then listed; inbounds of protocols we do not sell (wireguard, http...) are skipped.
 * Known inbounds are updated, new ones added and vanished ones disabled, in one transaction.
 */
public final class SyncServerInboundsService implements SyncServerInboundsUseCase {

  private final BrowseServersUseCase browse;
  private final ResolvePanelConnectionService connections;
  private final PanelClientGateway gateway;
  private final PanelInboundReader reader;
  private final ServerRepository servers;
  private final InboundRepository inbounds;
  private final Transactions transactions;
  private final CatalogChanges changes;
  private final Clock clock;

  public SyncServerInboundsService(
      BrowseServersUseCase browse,
      ResolvePanelConnectionService connections,
      PanelClientGateway gateway,
      PanelInboundReader reader,
      ServerRepository servers,
      InboundRepository inbounds,
      Transactions transactions,
      CatalogChanges changes,
      Clock clock) {
    this.browse = browse;
    this.connections = connections;
    this.gateway = gateway;
    this.reader = reader;
    this.servers = servers;
    this.inbounds = inbounds;
    this.transactions = transactions;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public Mono<List<StoredInbound>> sync(ServerId id, AdminActor actor) {
    return browse
        .server(id)
        .flatMap(server -> syncFrom(server, actor))
        .then(browse.inbounds(id).collectList());
  }

  private Mono<Void> syncFrom(StoredServer server, AdminActor actor) {
    var panel = connections.connection(server, false);
    return gateway
        .probe(panel)
        .flatMap(
            health ->
                health.reachable()
                    ? reader.inbounds(panel).collectList().map(list -> new Seen(health, list))
                    : Mono.error(
                        new PanelUnavailableException(
                            panel.baseUrl().getHost(),
                            PanelUnavailableException.Reason.UNREACHABLE,
                            health.detail())))
        .flatMap(seen -> store(server, seen, actor));
  }

  private Mono<Void> store(StoredServer server, Seen seen, AdminActor actor) {
    Instant now = clock.instant();
    List<SyncedInbound> synced = seen.inbounds().stream().flatMap(i -> synced(i).stream()).toList();
    var dialect = server.dialect().afterDetecting(seen.health().dialect());
    return transactions
        .inTransaction(
            () ->
                inbounds
                    .replaceFromPanel(server.id(), synced, now)
                    .then(servers.markSynced(server.id(), dialect, now))
                    .thenReturn(true))
        .then(
            changes.changed(
                actor,
                "server.synced",
                "SERVER",
                server.id().value(),
                Map.of(
                    "inbounds", String.valueOf(synced.size()),
                    "skipped", String.valueOf(seen.inbounds().size() - synced.size()))));
  }

  /** The inbound as we store it, or empty for a protocol or number we cannot use. */
  static Optional<SyncedInbound> synced(PanelInbound inbound) {
    Optional<Protocol> protocol = Protocol.fromWireName(inbound.protocol());
    if (protocol.isEmpty()
        || inbound.id() < 1
        || inbound.id() > Integer.MAX_VALUE
        || inbound.port() < 1
        || inbound.port() > 65_535) {
      return Optional.empty();
    }
    StreamSettings stream = inbound.stream();
    return Optional.of(
        new SyncedInbound(
            (int) inbound.id(),
            protocol.get(),
            inbound.port(),
            inbound.remark(),
            stream == null ? null : stream.transport().network(),
            stream == null ? null : securityName(stream.security()),
            inbound.enable(),
            new InboundLinkSettings(
                inbound.listen(),
                stream,
                inbound.vlessEncryption(),
                inbound.shadowsocksMethod(),
                inbound.shadowsocksPassword())));
  }

  private static String securityName(TransportSecurity security) {
    if (security instanceof TransportSecurity.Reality) {
      return "reality";
    }
    return security instanceof TransportSecurity.Tls ? "tls" : "none";
  }

  private record Seen(PanelHealth health, List<PanelInbound> inbounds) {}
}
