package com.thousandproxy.application.ordering.port.in;

import com.thousandproxy.application.ordering.PlaceOrderCommand;
import com.thousandproxy.application.ordering.PlacedOrder;
import reactor.core.publisher.Mono;

/**
 * Places an order and starts paying it: from the wallet at once, or by opening a gateway payment.
 */
public interface PlaceOrderUseCase {

  Mono<PlacedOrder> place(PlaceOrderCommand command);
}
