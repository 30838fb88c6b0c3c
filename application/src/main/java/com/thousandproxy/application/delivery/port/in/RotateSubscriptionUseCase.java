package com.thousandproxy.application.delivery.port.in;

import com.thousandproxy.application.delivery.ClientDelivery;
import com.thousandproxy.domain.identity.Caller;
import reactor.core.publisher.Mono;

/** New subscription tokens: the old URL answers 404 at once (its cached feed is dropped). */
public interface RotateSubscriptionUseCase {

  Mono<ClientDelivery> rotateClientToken(Caller caller, long id);

  Mono<String> rotateAccountToken(Caller caller);
}
