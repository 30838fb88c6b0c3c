package com.thousandproxy.api.provisioning;

import com.thousandproxy.application.provisioning.port.out.CustomerNotifier;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/** Customer messages written to the {@code notifications} log until e-mail is wired. */
public final class LoggingCustomerNotifier implements CustomerNotifier {

  private static final Logger LOG = LoggerFactory.getLogger("notifications");

  @Override
  public Mono<Void> clientsDelivered(UserId customer, OrderId orderId, int clients) {
    return Mono.fromRunnable(
        () ->
            LOG.info(
                "to user {}: order {} is ready, {} client(s) delivered",
                customer.value(),
                orderId.value(),
                clients));
  }

  @Override
  public Mono<Void> clientRenewed(UserId customer, ServerClientId clientId, Instant expiresAt) {
    return Mono.fromRunnable(
        () ->
            LOG.info(
                "to user {}: client {} renewed until {}",
                customer.value(),
                clientId.value(),
                expiresAt));
  }

  @Override
  public Mono<Void> orderFailed(UserId customer, OrderId orderId, Money refunded) {
    return Mono.fromRunnable(
        () ->
            LOG.info(
                "to user {}: order {} could not be delivered, {} {} returned to the wallet",
                customer.value(),
                orderId.value(),
                refunded.toPlainString(),
                refunded.currency()));
  }
}
