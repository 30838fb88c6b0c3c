package com.thousandproxy.application.provisioning.service;

import com.thousandproxy.domain.ordering.OrderId;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/** Customer messages are best effort: a lost one is logged, never a reason to redo the work. */
final class Notices {

  private static final Logger log = Loggers.getLogger(Notices.class);

  private Notices() {}

  static Mono<Void> lost(String what, OrderId orderId, Throwable error) {
    log.warn(
        "Order {}: the '{}' message was not sent: {}", orderId.value(), what, error.toString());
    return Mono.empty();
  }
}
