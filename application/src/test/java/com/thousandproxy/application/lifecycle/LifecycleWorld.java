package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.lifecycle.port.out.LifecycleClients;
import com.thousandproxy.application.lifecycle.port.out.UnknownPanelClients;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.port.out.PanelDirectory;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.server.ServerId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The lifecycle's ports in memory: clients, one panel on server 1, the audit log. */
final class LifecycleWorld implements LifecycleClients, AuditLog, UnknownPanelClients {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final Map<Long, StoredClient> clients = new LinkedHashMap<>();
  final List<AuditEvent> audits = new ArrayList<>();

  /** The latest usage stored per client (counters and the day's snapshot; no version bump). */
  final Map<Long, TrafficUsage> snapshots = new LinkedHashMap<>();

  final LifecyclePanel panel = new LifecyclePanel();
  Set<String> unknown = Set.of();
  final PanelDirectory directory =
      serverId ->
          serverId.value() == 1
              ? Mono.just(PanelConnection.withLogin("http://panel.test/", "admin", "pw"))
              : Mono.empty();
  final ClientMoves moves = new ClientMoves(this, this, clock);
  final ClientPanel clientPanel = new ClientPanel(directory, panel);

  StoredClient add(ClientTestData client) {
    StoredClient stored = client.build();
    clients.put(stored.id().value(), stored);
    return stored;
  }

  ClientStatus status(long id) {
    return clients.get(id).status();
  }

  @Override
  public Flux<StoredClient> dueToExpire(Instant now, int limit) {
    return Flux.fromIterable(List.copyOf(clients.values()))
        .filter(c -> c.status() == ClientStatus.ACTIVE || c.status() == ClientStatus.SUSPENDED)
        .filter(c -> !c.expiresAt().isAfter(now))
        .take(limit);
  }

  @Override
  public Flux<StoredClient> dueForDeletion(Instant cutoff, int limit) {
    return Flux.fromIterable(List.copyOf(clients.values()))
        .filter(c -> c.status() == ClientStatus.EXPIRED && !c.expiresAt().isAfter(cutoff))
        .take(limit);
  }

  @Override
  public Flux<StoredClient> onServer(ServerId serverId) {
    return Flux.fromIterable(List.copyOf(clients.values()))
        .filter(c -> c.serverId().equals(serverId));
  }

  @Override
  public Flux<ServerId> servers() {
    return Flux.just(new ServerId(1));
  }

  @Override
  public Mono<Boolean> move(ServerClientId id, long expectedVersion, ClientStatus to, Instant at) {
    StoredClient client = clients.get(id.value());
    if (client == null || client.version() != expectedVersion) {
      return Mono.just(false);
    }
    clients.put(id.value(), client.updated(to));
    return Mono.just(true);
  }

  @Override
  public Mono<Void> recordUsage(ServerClientId id, TrafficUsage usage, Instant at) {
    snapshots.put(id.value(), usage);
    return Mono.empty();
  }

  @Override
  public Mono<Void> record(AuditEvent event) {
    audits.add(event);
    return Mono.empty();
  }

  @Override
  public Mono<Void> report(ServerId serverId, Set<String> emails) {
    unknown = emails;
    return Mono.empty();
  }

  @Override
  public Mono<Integer> count() {
    return Mono.just(unknown.size());
  }
}
