package com.thousandproxy.application.provisioning.port.out;

import com.thousandproxy.application.provisioning.Refund;
import reactor.core.publisher.Mono;

/**
 * Gives the money of an order that could not be delivered back to the customer's wallet, once: the
 * ledger entry's reference {@code refund:order:<id>} is unique, and the refund is audited.
 */
public interface ProvisioningRefunds {

  /** Emits true when credited now, false when this order was refunded before. */
  Mono<Boolean> refund(Refund refund);
}
