package com.thousandproxy.application.lifecycle.port.out;

import com.thousandproxy.domain.ordering.OrderId;
import reactor.core.publisher.Flux;

/**
 * Orders left undelivered because their provision job went DEAD without the give-up step (a crash
 * or a lost lease on the last try).
 */
public interface StuckOrders {

  /** Paid or provisioning orders whose {@code provision-order} job is DEAD. */
  Flux<OrderId> withDeadProvisioning();
}
