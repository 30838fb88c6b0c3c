package com.thousandproxy.adapters.persistence.panel;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * The panel write lock of a single instance (demo profile, tests): the same leases as in Redis,
 * kept in a map, so writes of this process take turns and a lease not given back still runs out.
 */
public final class InMemoryPanelWriteLock extends LeasedPanelWriteLock {

  private record Lease(String token, long expiresAtNanos) {

    boolean heldBy(String other, long now) {
      return token.equals(other) && now - expiresAtNanos < 0;
    }

    boolean over(long now) {
      return now - expiresAtNanos >= 0;
    }
  }

  private final Map<String, Lease> leases;

  public InMemoryPanelWriteLock(Duration lease, Duration maxWait) {
    this(lease, maxWait, new ConcurrentHashMap<>());
  }

  private InMemoryPanelWriteLock(Duration lease, Duration maxWait, Map<String, Lease> leases) {
    super(lease, maxWait);
    this.leases = leases;
  }

  /** Another handle on the same leases with its own times, as a second caller would have. */
  InMemoryPanelWriteLock sharing(Duration lease, Duration maxWait) {
    return new InMemoryPanelWriteLock(lease, maxWait, leases);
  }

  @Override
  Mono<Boolean> take(String panel, String token, Duration lease) {
    return Mono.fromSupplier(() -> hold(panel, token, lease, false));
  }

  @Override
  Mono<Boolean> extend(String panel, String token, Duration lease) {
    return Mono.fromSupplier(() -> hold(panel, token, lease, true));
  }

  /** Starts a new lease for the token if it holds the current one (or, unless renewing, none). */
  private boolean hold(String panel, String token, Duration lease, boolean renewing) {
    long now = System.nanoTime();
    Lease after =
        leases.compute(
            panel,
            (key, current) -> {
              boolean free = current == null || current.over(now);
              boolean ours = current != null && current.heldBy(token, now);
              return ours || (free && !renewing)
                  ? new Lease(token, now + lease.toNanos())
                  : current;
            });
    return after != null && after.heldBy(token, now);
  }

  @Override
  Mono<Void> giveBack(String panel, String token) {
    return Mono.fromRunnable(
        () ->
            leases.computeIfPresent(
                panel, (key, current) -> current.token().equals(token) ? null : current));
  }
}
