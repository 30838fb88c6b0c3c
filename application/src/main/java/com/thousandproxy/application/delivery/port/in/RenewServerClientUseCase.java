package com.thousandproxy.application.delivery.port.in;

import com.thousandproxy.application.delivery.RenewServerClientCommand;
import com.thousandproxy.application.ordering.PlacedOrder;
import reactor.core.publisher.Mono;

/**
 * Places a renewal order for a client's plan through the ordering use case; once paid, the same
 * panel client is extended (no new client).
 */
public interface RenewServerClientUseCase {

  Mono<PlacedOrder> renew(RenewServerClientCommand command);
}
