package com.thousandproxy.adapters.persistence.panel;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelUnavailableException.Reason;
import com.thousandproxy.application.panel.port.out.PanelWriteLock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A panel write lock made of leases: a writer takes the panel's lease under a random token, renews
 * it every third of the lease while its write runs and gives it back only if it still holds that
 * token. A holder that died stops renewing, so the lease runs out. A waiter polls with a growing,
 * jittered pause (no thread waits) until its wait is over. Panels are told apart by a SHA-256 of
 * their URL, which holds the panel's secret web base path.
 */
abstract class LeasedPanelWriteLock implements PanelWriteLock {

  private static final Logger LOG = LoggerFactory.getLogger("xui");
  private static final long FIRST_PAUSE_MILLIS = 20;
  private static final long LONGEST_PAUSE_MILLIS = 500;

  private final Duration lease;
  private final Duration maxWait;

  LeasedPanelWriteLock(Duration lease, Duration maxWait) {
    if (lease.toMillis() < 3 || maxWait.isNegative() || maxWait.isZero()) {
      throw new IllegalArgumentException("a write lock needs a lease and a wait");
    }
    this.lease = lease;
    this.maxWait = maxWait;
  }

  /** Takes the lease when nobody holds it; true when taken. */
  abstract Mono<Boolean> take(String panel, String token, Duration lease);

  /** Extends the lease if it is still held under the token; true when extended. */
  abstract Mono<Boolean> extend(String panel, String token, Duration lease);

  /** Ends the lease if it is still held under the token. */
  abstract Mono<Void> giveBack(String panel, String token);

  @Override
  public final <T> Mono<T> whileHolding(PanelConnection panel, Mono<T> write) {
    String key = key(panel);
    return Mono.usingWhen(
        acquire(panel, key),
        token ->
            Mono.using(
                () -> renewing(key, token).subscribe(), held -> write, held -> held.dispose()),
        token -> release(key, token),
        (token, error) -> release(key, token),
        token -> release(key, token));
  }

  private Mono<String> acquire(PanelConnection panel, String key) {
    return Mono.defer(
        () -> {
          String token = UUID.randomUUID().toString();
          return Mono.defer(() -> take(key, token, lease))
              .filter(Boolean::booleanValue)
              .repeatWhenEmpty(tries -> tries.concatMap(n -> Mono.delay(pause(n))))
              .timeout(maxWait)
              .thenReturn(token)
              .onErrorResume(
                  error -> release(key, token).then(Mono.error(unavailable(panel, error))));
        });
  }

  private Flux<Boolean> renewing(String key, String token) {
    Duration every = lease.dividedBy(3);
    return Flux.interval(every, every)
        .concatMap(
            tick ->
                extend(key, token, lease)
                    .onErrorResume(
                        error -> {
                          LOG.warn(
                              "panel write lock {}: renewal failed: {}", key, error.toString());
                          return Mono.just(true);
                        }))
        .doOnNext(
            held -> {
              if (!held) {
                LOG.error("panel write lock {}: lease lost while writing, writes may overlap", key);
              }
            });
  }

  private Mono<Void> release(String key, String token) {
    return giveBack(key, token)
        .onErrorResume(
            error -> {
              LOG.warn(
                  "panel write lock {}: not given back, it runs out: {}", key, error.toString());
              return Mono.empty();
            });
  }

  private static Duration pause(long tries) {
    long pause = Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(tries, 5));
    return Duration.ofMillis(pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1));
  }

  private PanelUnavailableException unavailable(PanelConnection panel, Throwable error) {
    String why =
        error instanceof TimeoutException
            ? "another writer held the panel for more than " + maxWait
            : "write lock unreachable: " + error;
    return new PanelUnavailableException(panel.baseUrl().getHost(), Reason.BUSY, why, error);
  }

  private static String key(PanelConnection panel) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(panel.baseUrl().toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
