package com.thousandproxy.application.provisioning.port.out;

import com.thousandproxy.domain.ordering.OrderId;
import java.time.Instant;

/**
 * Hears how long a customer waited: told once a paid purchase has every client ACTIVE, with the
 * moment it was paid and the moment its clients became usable.
 */
public interface DeliveryTimings {

  void purchaseDelivered(OrderId order, Instant paidAt, Instant activeAt);
}
