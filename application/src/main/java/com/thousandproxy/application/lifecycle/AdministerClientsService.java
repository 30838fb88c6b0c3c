package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.lifecycle.port.in.AdministerClientsUseCase;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Checks the client exists, audits the request and enqueues its {@code client-action} job. */
public final class AdministerClientsService implements AdministerClientsUseCase {

  private final ServerClientRepository clients;
  private final JobQueue queue;
  private final AuditLog audit;
  private final Clock clock;

  public AdministerClientsService(
      ServerClientRepository clients, JobQueue queue, AuditLog audit, Clock clock) {
    this.clients = clients;
    this.queue = queue;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Mono<String> request(ClientActionCommand command) {
    Instant now = clock.instant();
    String id = Long.toString(command.clientId().value());
    String action = command.action().wireName();
    String key = ClientActionJobHandler.TYPE + ":" + id + ":" + action + ":" + now.toEpochMilli();
    NewJob job =
        new NewJob(
            ClientActionJobHandler.TYPE,
            Map.of(
                "clientId", id,
                "action", action,
                "adminId", Long.toString(command.admin().userId().value())),
            JobPriority.HIGH,
            now,
            key);
    return clients
        .find(command.clientId())
        .switchIfEmpty(Mono.error(() -> new ClientNotFoundException(command.clientId())))
        .then(queue.enqueue(job))
        .then(
            audit.record(
                AuditEvent.of(AuditActor.of(command.admin()), "client.action_requested", now)
                    .target("SERVER_CLIENT", id)
                    .details(Map.of("action", action))
                    .from(command.clientIp())))
        .thenReturn(key);
  }
}
