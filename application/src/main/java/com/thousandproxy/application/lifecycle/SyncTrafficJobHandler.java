package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.lifecycle.port.out.LifecycleClients;
import com.thousandproxy.application.lifecycle.port.out.UnknownPanelClients;
import com.thousandproxy.application.panel.PanelClientTraffic;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import com.thousandproxy.application.provisioning.PanelClients;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.port.out.PanelDirectory;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.server.ServerId;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs {@code sync-traffic} for one server (argument {@code serverId}) from ONE list call to its
 * panel: stores each client's counters, switches off and suspends an active client over its quota,
 * re-creates an active client the panel lost (same email, credential and subscription id) and
 * reports panel clients we do not know without touching them.
 */
public final class SyncTrafficJobHandler implements JobHandler {

  private final LifecycleClients clients;
  private final PanelDirectory directory;
  private final PanelClientGateway gateway;
  private final ClientPanel panel;
  private final ClientMoves moves;
  private final UnknownPanelClients unknown;
  private final Clock clock;

  public SyncTrafficJobHandler(
      LifecycleClients clients,
      PanelDirectory directory,
      PanelClientGateway gateway,
      ClientMoves moves,
      UnknownPanelClients unknown,
      Clock clock) {
    this.clients = clients;
    this.directory = directory;
    this.gateway = gateway;
    this.panel = new ClientPanel(directory, gateway);
    this.moves = moves;
    this.unknown = unknown;
    this.clock = clock;
  }

  @Override
  public String type() {
    return LifecycleJobs.SYNC_TRAFFIC;
  }

  @Override
  public Mono<JobResult> handle(Job job) {
    ServerId serverId;
    try {
      serverId = new ServerId(Long.parseLong(job.argument("serverId")));
    } catch (IllegalArgumentException e) {
      return Mono.just(JobResult.failedPermanently("bad serverId: " + e.getMessage()));
    }
    return directory
        .connection(serverId)
        .flatMap(connection -> sync(serverId, connection))
        .defaultIfEmpty(JobResult.failedPermanently("server " + serverId.value() + " is unknown"))
        .onErrorResume(
            PanelUnavailableException.class,
            e -> Mono.just(JobResult.retryLater("panel unavailable: " + e.getMessage())));
  }

  /**
   * Reads our clients before it lists the panel: a client is ACTIVE only after the panel took it,
   * so every active client read here must be in the listing unless the panel lost it. (Read the
   * other way round, a client activated in between looked lost and was added again.)
   */
  private Mono<JobResult> sync(ServerId serverId, PanelConnection connection) {
    return clients
        .onServer(serverId)
        .collectList()
        .flatMap(
            ours ->
                gateway
                    .clientTraffic(connection)
                    .collectList()
                    .flatMap(listed -> reconcile(serverId, connection, ours, byEmail(listed))));
  }

  private Mono<JobResult> reconcile(
      ServerId serverId,
      PanelConnection connection,
      List<StoredClient> ours,
      Map<String, PanelClientTraffic> rows) {
    Set<String> strangers = new HashSet<>(rows.keySet());
    ours.forEach(client -> strangers.remove(key(client.email())));
    return Flux.fromIterable(ours)
        .concatMap(client -> apply(client, rows.get(key(client.email())), connection))
        .then(unknown.report(serverId, strangers))
        .thenReturn(JobResult.done());
  }

  private Mono<Void> apply(
      StoredClient client, PanelClientTraffic row, PanelConnection connection) {
    if (client.status() == ClientStatus.PENDING || client.status() == ClientStatus.DELETED) {
      return Mono.empty();
    }
    if (row == null) {
      return client.isActive() ? recreate(client, connection) : Mono.empty();
    }
    TrafficUsage usage = new TrafficUsage(row.upBytes(), row.downBytes());
    Mono<Void> stored = clients.recordUsage(client.id(), usage, clock.instant());
    boolean overQuota = client.trafficLimit().isReachedBy(usage.totalBytes());
    if (!client.isActive() || !overQuota) {
      return stored;
    }
    return stored.then(
        ExpireClientsJobHandler.guarded(
                client,
                panel
                    .setEnabled(client, false)
                    .filter(off -> off)
                    .flatMap(
                        off ->
                            moves.move(client, ClientStatus.SUSPENDED, "quota", AuditActor.SYSTEM)))
            .then());
  }

  /** The panel lost an active client: add it back under the same identity. */
  private Mono<Void> recreate(StoredClient client, PanelConnection connection) {
    return gateway
        .addClients(connection, client.panelInboundId(), List.of(PanelClients.of(client)))
        .then();
  }

  private static Map<String, PanelClientTraffic> byEmail(List<PanelClientTraffic> rows) {
    Map<String, PanelClientTraffic> byEmail = new HashMap<>();
    rows.forEach(row -> byEmail.put(key(row.email()), row));
    return byEmail;
  }

  private static String key(String email) {
    return email.toLowerCase(Locale.ROOT);
  }
}
