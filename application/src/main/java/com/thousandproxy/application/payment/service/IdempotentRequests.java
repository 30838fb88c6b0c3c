package com.thousandproxy.application.payment.service;

import com.thousandproxy.application.payment.IdempotencyClaim;
import com.thousandproxy.application.payment.IdempotencyConflictException;
import com.thousandproxy.application.payment.IdempotencyKey;
import com.thousandproxy.application.payment.port.out.IdempotencyKeys;
import com.thousandproxy.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.LongFunction;
import reactor.core.publisher.Mono;

/**
 * Runs a creating request at most once per {@code Idempotency-Key} and user: a repeat of the same
 * request within the key's lifetime replays the resource the first one created, the same key with
 * another request is a conflict, and a failed request frees its key.
 */
public final class IdempotentRequests {

  private final IdempotencyKeys keys;
  private final Clock clock;
  private final Duration ttl;

  public IdempotentRequests(IdempotencyKeys keys, Clock clock, Duration ttl) {
    this.keys = keys;
    this.clock = clock;
    this.ttl = ttl;
  }

  /**
   * @param fingerprint the request's canonical text; hashed and compared on reuse
   * @param replay loads what the first request created, by the resource id
   * @param work does the request and completes the ticket in its transaction
   */
  public <T> Mono<T> run(
      UserId userId,
      IdempotencyKey key,
      String fingerprint,
      LongFunction<Mono<T>> replay,
      Function<IdempotencyTicket, Mono<T>> work) {
    if (key == null) {
      return work.apply(IdempotencyTicket.NONE);
    }
    Instant now = clock.instant();
    return keys.claim(userId, key, sha256(fingerprint), now, now.plus(ttl))
        .flatMap(
            claim -> {
              if (claim instanceof IdempotencyClaim.Replay replayed) {
                return replay.apply(replayed.resourceId());
              }
              if (claim instanceof IdempotencyClaim.Conflict conflict) {
                return Mono.error(new IdempotencyConflictException(conflict.reason()));
              }
              IdempotencyTicket ticket =
                  new IdempotencyTicket(keys, ((IdempotencyClaim.Claimed) claim).keyId());
              return work.apply(ticket)
                  .onErrorResume(error -> ticket.release().then(Mono.error(error)));
            });
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
