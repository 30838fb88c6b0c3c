package com.thousandproxy.application.payment.port.in;

import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.domain.user.UserId;
import reactor.core.publisher.Mono;

/** Reads one of the caller's payments; another user's is not found. */
public interface GetPaymentUseCase {

  Mono<Payment> payment(UserId owner, long paymentId);
}
