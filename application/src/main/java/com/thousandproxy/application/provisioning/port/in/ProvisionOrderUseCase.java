package com.thousandproxy.application.provisioning.port.in;

import com.thousandproxy.application.provisioning.ProvisionOrderCommand;
import com.thousandproxy.application.provisioning.ProvisioningOutcome;
import reactor.core.publisher.Mono;

/**
 * Turns a paid order into exactly one working panel client per unit, or a paid renewal into more
 * time for the same client. Safe to run again at any point, also concurrently.
 */
public interface ProvisionOrderUseCase {

  Mono<ProvisioningOutcome> provision(ProvisionOrderCommand command);
}
