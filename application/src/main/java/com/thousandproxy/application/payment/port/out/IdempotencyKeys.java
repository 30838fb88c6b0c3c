package com.thousandproxy.application.payment.port.out;

import com.thousandproxy.application.payment.IdempotencyClaim;
import com.thousandproxy.application.payment.IdempotencyKey;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** The {@code Idempotency-Key}s of creating requests, remembered per user until they expire. */
public interface IdempotencyKeys {

  /**
   * Claims the key for a request whose body hashes to {@code requestHash}, or tells what the key
   * was used for already. An expired key is claimed afresh.
   */
  Mono<IdempotencyClaim> claim(
      UserId userId, IdempotencyKey key, String requestHash, Instant now, Instant expiresAt);

  /** The request succeeded and created this resource; run it in the creating transaction. */
  Mono<Void> complete(long keyId, String resourceType, long resourceId, int responseStatus);

  /** The request failed: the key may be used again. */
  Mono<Void> release(long keyId);
}
