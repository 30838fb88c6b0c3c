package com.thousandproxy.application.ordering.port.in;

import reactor.core.publisher.Mono;

/** Closes orders left unpaid for longer than the configured time; safe on several instances. */
public interface ExpireUnpaidOrdersUseCase {

  /** Emits how many orders this run expired. */
  Mono<Long> expireOverdue();
}
