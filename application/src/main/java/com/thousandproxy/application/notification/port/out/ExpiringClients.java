package com.thousandproxy.application.notification.port.out;

import com.thousandproxy.application.provisioning.StoredClient;
import java.time.Instant;
import reactor.core.publisher.Flux;

/** Active clients whose expiry falls in a window, for the "expiring soon" notice. */
public interface ExpiringClients {

  Flux<StoredClient> activeExpiringBetween(Instant from, Instant to);
}
