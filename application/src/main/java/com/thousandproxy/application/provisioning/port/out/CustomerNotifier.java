package com.thousandproxy.application.provisioning.port.out;

import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Tells customers what happened to their orders. Best effort: provisioning never fails because a
 * message could not be sent.
 */
public interface CustomerNotifier {

  Mono<Void> clientsDelivered(UserId customer, OrderId orderId, int clients);

  Mono<Void> clientRenewed(UserId customer, ServerClientId clientId, Instant expiresAt);

  Mono<Void> orderFailed(UserId customer, OrderId orderId, Money refunded);
}
