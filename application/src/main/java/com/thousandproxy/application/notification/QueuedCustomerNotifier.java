package com.thousandproxy.application.notification;

import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.notification.port.out.Recipients;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.SubscriptionTokens;
import com.thousandproxy.application.provisioning.port.out.CustomerNotifier;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Tells customers by e-mail: each notice becomes a {@code send-email} job (deduplicated per notice)
 * rather than a direct send, so none is lost while the mail server is down.
 */
public final class QueuedCustomerNotifier implements CustomerNotifier {

  private final Recipients recipients;
  private final ServerClientRepository clients;
  private final SubscriptionTokens tokens;
  private final String publicBaseUrl;
  private final JobQueue queue;
  private final Clock clock;

  public QueuedCustomerNotifier(
      Recipients recipients,
      ServerClientRepository clients,
      SubscriptionTokens tokens,
      String publicBaseUrl,
      JobQueue queue,
      Clock clock) {
    this.recipients = recipients;
    this.clients = clients;
    this.tokens = tokens;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    this.queue = queue;
    this.clock = clock;
  }

  @Override
  public Mono<Void> clientsDelivered(UserId customer, OrderId orderId, int count) {
    return recipients
        .emailOf(customer)
        .zipWith(clients.findByOrder(orderId))
        .flatMap(
            both -> {
              List<String> urls =
                  both.getT2().stream()
                      .filter(StoredClient::isActive)
                      .map(this::subscriptionUrl)
                      .toList();
              return enqueue(
                  EmailTemplates.delivered(both.getT1(), orderId.value(), urls),
                  "email:delivered:" + orderId.value());
            });
  }

  @Override
  public Mono<Void> clientRenewed(UserId customer, ServerClientId clientId, Instant expiresAt) {
    return Mono.empty();
  }

  @Override
  public Mono<Void> orderFailed(UserId customer, OrderId orderId, Money refunded) {
    return recipients
        .emailOf(customer)
        .flatMap(
            to ->
                enqueue(
                    EmailTemplates.orderFailed(
                        to, orderId.value(), refunded.toPlainString() + " " + refunded.currency()),
                    "email:failed:" + orderId.value()));
  }

  /** The public feed URL of a client: its token recomputed from the stored nonce. */
  String subscriptionUrl(StoredClient client) {
    return publicBaseUrl + "/sub/" + tokens.tokenFor(client.tokenNonce());
  }

  Mono<Void> enqueue(EmailMessage message, String dedupKey) {
    return queue.enqueue(SendEmailJobHandler.job(message, dedupKey, clock.instant())).then();
  }
}
