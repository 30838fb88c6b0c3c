package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.ordering.OrderId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs {@code suspend-order-clients} (argument {@code orderId}), enqueued when a delivered order is
 * refunded: each of its active clients is switched off on its panel and becomes SUSPENDED. A panel
 * that cannot be reached makes the job try again.
 */
public final class SuspendOrderClientsJobHandler implements JobHandler {

  public static final String TYPE = "suspend-order-clients";

  private final ServerClientRepository clients;
  private final ClientPanel panel;
  private final ClientMoves moves;

  public SuspendOrderClientsJobHandler(
      ServerClientRepository clients, ClientPanel panel, ClientMoves moves) {
    this.clients = clients;
    this.panel = panel;
    this.moves = moves;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Mono<JobResult> handle(Job job) {
    OrderId orderId;
    try {
      orderId = new OrderId(Long.parseLong(job.argument("orderId")));
    } catch (IllegalArgumentException e) {
      return Mono.just(JobResult.failedPermanently("bad orderId: " + e.getMessage()));
    }
    return clients
        .findByOrder(orderId)
        .flatMapMany(Flux::fromIterable)
        .filter(StoredClient::isActive)
        .concatMap(this::suspend)
        .filter(done -> !done)
        .count()
        .map(
            left ->
                left == 0
                    ? JobResult.done()
                    : JobResult.retryLater(left + " client(s) of the order are still on"));
  }

  private Mono<Boolean> suspend(StoredClient client) {
    return ExpireClientsJobHandler.guarded(
        client,
        panel
            .setEnabled(client, false)
            .filter(off -> off)
            .flatMap(
                off -> moves.move(client, ClientStatus.SUSPENDED, "refund", AuditActor.SYSTEM)));
  }
}
