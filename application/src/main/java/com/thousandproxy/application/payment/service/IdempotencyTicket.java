package com.thousandproxy.application.payment.service;

import com.thousandproxy.application.payment.port.out.IdempotencyKeys;
import reactor.core.publisher.Mono;

/**
 * A claimed {@code Idempotency-Key} (or none): the creating transaction completes it with the
 * resource it made, so the key and the resource commit together.
 */
public final class IdempotencyTicket {

  static final IdempotencyTicket NONE = new IdempotencyTicket(null, 0);

  private final IdempotencyKeys keys;
  private final long keyId;

  IdempotencyTicket(IdempotencyKeys keys, long keyId) {
    this.keys = keys;
    this.keyId = keyId;
  }

  public Mono<Void> complete(String resourceType, long resourceId) {
    return keys == null ? Mono.empty() : keys.complete(keyId, resourceType, resourceId, 201);
  }

  Mono<Void> release() {
    return keys == null ? Mono.empty() : keys.release(keyId);
  }
}
