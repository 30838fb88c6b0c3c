package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.lifecycle.port.out.ExpiryNotifier;
import com.thousandproxy.application.lifecycle.port.out.LifecycleClients;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.client.ClientStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * Runs {@code expire-clients}: a client past its expiry is switched off on its panel and becomes
 * EXPIRED, and its owner's "expired" e-mail is queued in the same transaction; one expired for
 * longer than the grace ({@code app.clients.delete-after}) is removed from its panel and becomes
 * DELETED. A panel that cannot be reached leaves its clients for the next run, which the scheduler
 * enqueues anyway.
 */
public final class ExpireClientsJobHandler implements JobHandler {

  private static final Logger log = Loggers.getLogger(ExpireClientsJobHandler.class);

  private final LifecycleClients clients;
  private final ClientPanel panel;
  private final ClientMoves moves;
  private final ExpiryNotifier notifier;
  private final Transactions transactions;
  private final Duration deleteAfter;
  private final int batch;
  private final Clock clock;

  public ExpireClientsJobHandler(
      LifecycleClients clients,
      ClientPanel panel,
      ClientMoves moves,
      ExpiryNotifier notifier,
      Transactions transactions,
      Duration deleteAfter,
      int batch,
      Clock clock) {
    this.clients = clients;
    this.panel = panel;
    this.moves = moves;
    this.notifier = notifier;
    this.transactions = transactions;
    this.deleteAfter = deleteAfter;
    this.batch = batch;
    this.clock = clock;
  }

  @Override
  public String type() {
    return LifecycleJobs.EXPIRE_CLIENTS;
  }

  @Override
  public Mono<JobResult> handle(Job job) {
    Instant now = clock.instant();
    return Flux.concat(
            clients.dueToExpire(now, batch).concatMap(this::expire),
            clients.dueForDeletion(now.minus(deleteAfter), batch).concatMap(this::delete))
        .filter(done -> !done)
        .count()
        .map(
            left -> {
              if (left > 0) {
                log.warn("{} client(s) left for the next expiry run", left);
              }
              return JobResult.done();
            });
  }

  private Mono<Boolean> expire(StoredClient client) {
    return guarded(
        client,
        panel
            .setEnabled(client, false)
            .filter(off -> off)
            .flatMap(off -> transactions.inTransaction(() -> expired(client))));
  }

  private Mono<Boolean> expired(StoredClient client) {
    return moves
        .move(client, ClientStatus.EXPIRED, "expired", AuditActor.SYSTEM)
        .flatMap(
            moved -> moved ? notifier.clientExpired(client).thenReturn(true) : Mono.just(false));
  }

  private Mono<Boolean> delete(StoredClient client) {
    return guarded(
        client,
        panel
            .delete(client)
            .filter(gone -> gone)
            .flatMap(
                gone ->
                    moves.move(client, ClientStatus.DELETED, "grace ended", AuditActor.SYSTEM)));
  }

  static Mono<Boolean> guarded(StoredClient client, Mono<Boolean> step) {
    return step.defaultIfEmpty(false)
        .onErrorResume(
            PanelUnavailableException.class,
            e -> {
              log.warn("Client {}: panel unavailable: {}", client.id().value(), e.getMessage());
              return Mono.just(false);
            });
  }
}
