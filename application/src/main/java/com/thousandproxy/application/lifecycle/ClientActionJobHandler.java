package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.lifecycle.port.out.LifecycleClients;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import reactor.core.publisher.Mono;

/**
 * Runs {@code client-action} (arguments {@code clientId}, {@code action}, {@code adminId}): the
 * panel call first, then the status move audited in the admin's name. A client already in the
 * wanted state is done; a resume of an expired or exhausted client is refused for good.
 */
public final class ClientActionJobHandler implements JobHandler {

  public static final String TYPE = "client-action";

  private final ServerClientRepository repository;
  private final LifecycleClients clients;
  private final ClientPanel panel;
  private final ClientMoves moves;
  private final Clock clock;

  public ClientActionJobHandler(
      ServerClientRepository repository,
      LifecycleClients clients,
      ClientPanel panel,
      ClientMoves moves,
      Clock clock) {
    this.repository = repository;
    this.clients = clients;
    this.panel = panel;
    this.moves = moves;
    this.clock = clock;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Mono<JobResult> handle(Job job) {
    ServerClientId id;
    ClientAction action;
    AuditActor admin;
    try {
      id = new ServerClientId(Long.parseLong(job.argument("clientId")));
      action = ClientAction.fromWireName(job.argument("action"));
      admin = AuditActor.user(new UserId(Long.parseLong(job.argument("adminId"))));
    } catch (IllegalArgumentException e) {
      return Mono.just(JobResult.failedPermanently("bad arguments: " + e.getMessage()));
    }
    return repository
        .find(id)
        .flatMap(client -> run(client, action, admin))
        .defaultIfEmpty(JobResult.failedPermanently("server client " + id.value() + " is gone"))
        .onErrorResume(
            PanelUnavailableException.class,
            e -> Mono.just(JobResult.retryLater("panel unavailable: " + e.getMessage())));
  }

  private Mono<JobResult> run(StoredClient client, ClientAction action, AuditActor admin) {
    return switch (action) {
      case SUSPEND ->
          client.isActive()
              ? switched(panel.setEnabled(client, false), client, ClientStatus.SUSPENDED, admin)
              : Mono.just(JobResult.done());
      case RESUME -> resume(client, admin);
      case DELETE ->
          client.status() == ClientStatus.DELETED
              ? Mono.just(JobResult.done())
              : switched(panel.delete(client), client, ClientStatus.DELETED, admin);
      case RESET_TRAFFIC ->
          panel
              .resetTraffic(client)
              .flatMap(
                  reset ->
                      reset
                          ? clients
                              .recordUsage(client.id(), TrafficUsage.NONE, clock.instant())
                              .thenReturn(JobResult.done())
                          : Mono.just(JobResult.retryLater("the panel did not reset the traffic")));
    };
  }

  private Mono<JobResult> resume(StoredClient client, AuditActor admin) {
    if (client.status() != ClientStatus.SUSPENDED) {
      return Mono.just(JobResult.done());
    }
    if (!clock.instant().isBefore(client.expiresAt())) {
      return Mono.just(JobResult.failedPermanently("the client has expired: renew it instead"));
    }
    if (client.trafficLimit().isReachedBy(client.usage().totalBytes())) {
      return Mono.just(JobResult.failedPermanently("the client used its traffic: reset it first"));
    }
    return switched(panel.setEnabled(client, true), client, ClientStatus.ACTIVE, admin);
  }

  private Mono<JobResult> switched(
      Mono<Boolean> panelCall, StoredClient client, ClientStatus to, AuditActor admin) {
    return panelCall.flatMap(
        done ->
            done
                ? moves.move(client, to, "admin", admin).thenReturn(JobResult.done())
                : Mono.just(JobResult.retryLater("the panel did not apply the change")));
  }
}
