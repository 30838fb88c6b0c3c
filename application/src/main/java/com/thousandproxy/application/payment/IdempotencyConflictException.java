package com.thousandproxy.application.payment;

/** An Idempotency-Key reused for another request body, or while its first request still runs. */
public final class IdempotencyConflictException extends RuntimeException {

  private final IdempotencyClaim.Reason reason;

  public IdempotencyConflictException(IdempotencyClaim.Reason reason) {
    super("Idempotency-Key conflict: " + reason);
    this.reason = reason;
  }

  public IdempotencyClaim.Reason reason() {
    return reason;
  }
}
