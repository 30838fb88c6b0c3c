package com.thousandproxy.application.ordering.port.in;

import com.thousandproxy.application.ordering.OrderDetails;
import com.thousandproxy.domain.user.UserId;
import reactor.core.publisher.Mono;

/** Cancels an unpaid order of the caller (an admin may cancel anyone's). */
public interface CancelOrderUseCase {

  Mono<OrderDetails> cancel(UserId caller, boolean admin, long orderId);
}
