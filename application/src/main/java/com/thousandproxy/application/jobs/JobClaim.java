package com.thousandproxy.application.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One claim of due jobs: at most {@code capacity.get(type)} jobs of each type, highest priority
 * first, then earliest {@code runAt}; each claimed job becomes RUNNING under {@code leaseOwner}
 * until {@code leaseExpiresAt}, and its attempts grow by one. Priorities are strict, as the
 * original design's queues were: while a due job of a higher priority waits for room in any of the
 * pool's {@code types}, no job of a lower priority is claimed (a provisioning backlog is not slowed
 * down by the e-mails and syncs queued behind it).
 */
public record JobClaim(
    String leaseOwner,
    Map<String, Integer> capacity,
    Set<String> types,
    Instant now,
    Instant leaseExpiresAt) {

  /** A claim by a pool that runs only the types it has room for. */
  public JobClaim(
      String leaseOwner, Map<String, Integer> capacity, Instant now, Instant leaseExpiresAt) {
    this(leaseOwner, capacity, capacity.keySet(), now, leaseExpiresAt);
  }

  public JobClaim {
    Objects.requireNonNull(leaseOwner, "leaseOwner");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(leaseExpiresAt, "leaseExpiresAt");
    if (leaseOwner.isBlank() || leaseOwner.length() > 100) {
      throw new IllegalArgumentException("leaseOwner must be 1 to 100 characters");
    }
    capacity = Map.copyOf(capacity);
    types = Set.copyOf(types);
    if (capacity.values().stream().anyMatch(free -> free < 1)) {
      throw new IllegalArgumentException("every capacity must be 1 or more");
    }
    if (!types.containsAll(capacity.keySet())) {
      throw new IllegalArgumentException("capacity for a type the pool does not run");
    }
  }

  public int total() {
    return capacity.values().stream().mapToInt(Integer::intValue).sum();
  }
}
