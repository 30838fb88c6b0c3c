package com.thousandproxy.application.lifecycle.port.out;

import com.thousandproxy.application.provisioning.StoredClient;
import reactor.core.publisher.Mono;

/**
 * Tells the owner that a client expired. Called inside the transaction that stores the EXPIRED
 * status, so the notice is kept exactly when the move is; once per client and expiry.
 */
public interface ExpiryNotifier {

  Mono<Void> clientExpired(StoredClient client);
}
