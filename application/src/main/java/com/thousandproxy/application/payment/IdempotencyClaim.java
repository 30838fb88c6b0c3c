package com.thousandproxy.application.payment;

import java.util.Objects;

/** What claiming an idempotency key gives. */
public sealed interface IdempotencyClaim {

  /** The key is new (or its last use expired): go ahead, then complete or release it. */
  record Claimed(long keyId) implements IdempotencyClaim {}

  /** The same request was done before: answer with the resource it created. */
  record Replay(long resourceId) implements IdempotencyClaim {}

  /** The key was used with another request, or the first request is still running. */
  record Conflict(Reason reason) implements IdempotencyClaim {
    public Conflict {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Why a key cannot be used. */
  enum Reason {
    OTHER_REQUEST,
    IN_PROGRESS
  }
}
