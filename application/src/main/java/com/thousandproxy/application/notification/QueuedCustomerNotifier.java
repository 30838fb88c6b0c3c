package com.thousandproxy.application.notification;

import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.port.out.CustomerNotifier;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tells customers by e-mail what happened to their orders: each notice becomes a {@code send-email}
 * job (deduplicated per notice) rather than a direct send, so none is lost while the mail server is
 * down. The delivered mail lists every active client's links and subscription URL.
 */
public final class QueuedCustomerNotifier implements CustomerNotifier {

  private final ServerClientRepository clients;
  private final MailedClients mailed;
  private final JobQueue queue;
  private final Clock clock;

  public QueuedCustomerNotifier(
      ServerClientRepository clients, MailedClients mailed, JobQueue queue, Clock clock) {
    this.clients = clients;
    this.mailed = mailed;
    this.queue = queue;
    this.clock = clock;
  }

  @Override
  public Mono<Void> clientsDelivered(UserId customer, OrderId orderId, int count) {
    return clients
        .findByOrder(orderId)
        .flatMapMany(Flux::fromIterable)
        .filter(StoredClient::isActive)
        .concatMap(client -> mailed.of(client.id()))
        .collectList()
        .flatMap(
            list ->
                enqueue(
                    customer,
                    EmailTemplates.delivered(orderId.value(), list),
                    "email:delivered:" + orderId.value()));
  }

  @Override
  public Mono<Void> clientRenewed(UserId customer, ServerClientId clientId, Instant expiresAt) {
    return Mono.empty();
  }

  @Override
  public Mono<Void> orderFailed(UserId customer, OrderId orderId, Money refunded) {
    return enqueue(
        customer,
        EmailTemplates.orderFailed(orderId.value(), refunded),
        "email:failed:" + orderId.value());
  }

  private Mono<Void> enqueue(UserId customer, EmailContent content, String dedupKey) {
    return queue
        .enqueue(SendEmailJobHandler.job(customer, content, dedupKey, clock.instant()))
        .then();
  }
}
