package com.thousandproxy.application.payment.port.in;

import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.domain.user.UserId;
import reactor.core.publisher.Mono;

/**
 * Asks the gateway about payments instead of waiting for webhooks, and applies the answers through
 * the webhook's own transition: the guarantee for lost or never-sent notifications.
 */
public interface ReconcilePaymentsUseCase {

  /** Polls one batch of open payments; emits how many were polled. */
  Mono<Integer> reconcileDue();

  /** Polls the caller's own payment now and returns it as it stands afterwards. */
  Mono<Payment> refresh(UserId owner, long paymentId);
}
