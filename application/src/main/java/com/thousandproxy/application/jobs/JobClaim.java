package com.thousandproxy.application.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One claim of due jobs: at most {@code capacity.get(type)} jobs of each type, highest priority
 * first, then earliest {@code runAt}; each claimed job becomes RUNNING under {@code leaseOwner}
 * until {@code leaseExpiresAt}, and its attempts grow by one.
 */
public record JobClaim(
    String leaseOwner, Map<String, Integer> capacity, Instant now, Instant leaseExpiresAt) {

  public JobClaim {
    Objects.requireNonNull(leaseOwner, "leaseOwner");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(leaseExpiresAt, "leaseExpiresAt");
    if (leaseOwner.isBlank() || leaseOwner.length() > 100) {
      throw new IllegalArgumentException("leaseOwner must be 1 to 100 characters");
    }
    capacity = Map.copyOf(capacity);
    if (capacity.values().stream().anyMatch(free -> free < 1)) {
      throw new IllegalArgumentException("every capacity must be 1 or more");
    }
  }

  public int total() {
    return capacity.values().stream().mapToInt(Integer::intValue).sum();
  }
}
