package com.thousandproxy.application.provisioning.port.out;

import com.thousandproxy.application.provisioning.PaidOrder;
import com.thousandproxy.domain.ordering.OrderId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * The orders provisioning works on. Each move is compare-and-set on the order's status, so it
 * happens once however many workers try: each answers false when the order is not in the state the
 * move starts from.
 */
public interface ProvisioningOrders {

  /** The order with its lines and their plans; empty when there is no such order. */
  Mono<PaidOrder> find(OrderId id);

  /** PAID → PROVISIONING. */
  Mono<Boolean> markProvisioning(OrderId id, Instant at);

  /** PROVISIONING → COMPLETED. */
  Mono<Boolean> markCompleted(OrderId id, Instant at);

  /** PAID or PROVISIONING → FAILED, its payment REFUNDED, with the reason kept. */
  Mono<Boolean> markFailed(OrderId id, String reason, Instant at);
}
