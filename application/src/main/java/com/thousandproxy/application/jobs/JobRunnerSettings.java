package com.thousandproxy.application.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How one worker pool runs jobs.
 *
 * @param owner this pool's id, unique among the pools on one database (host, process, random)
 * @param pollInterval how often the pool looks for due jobs when it is idle
 * @param lease how long a claim holds a job without a heartbeat
 * @param heartbeat how often a running job's lease is extended (well below {@code lease})
 * @param timeout how long one run may take before it counts as a failed try
 * @param concurrency jobs of one type run at once by this pool, {@code defaultConcurrency} for a
 *     type not listed
 */
public record JobRunnerSettings(
    String owner,
    Duration pollInterval,
    Duration lease,
    Duration heartbeat,
    Duration timeout,
    Backoff backoff,
    int defaultConcurrency,
    Map<String, Integer> concurrency) {

  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
  public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
  public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(20);
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
  public static final int DEFAULT_CONCURRENCY = 4;

  public JobRunnerSettings {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(backoff, "backoff");
    if (owner.isBlank() || owner.length() > 80) {
      throw new IllegalArgumentException("owner must be 1 to 80 characters");
    }
    requirePositive(pollInterval, "pollInterval");
    requirePositive(lease, "lease");
    requirePositive(heartbeat, "heartbeat");
    requirePositive(timeout, "timeout");
    if (heartbeat.compareTo(lease) >= 0) {
      throw new IllegalArgumentException("heartbeat must be shorter than the lease");
    }
    concurrency = Map.copyOf(concurrency);
    if (defaultConcurrency < 1 || concurrency.values().stream().anyMatch(n -> n < 1)) {
      throw new IllegalArgumentException("concurrency must be 1 or more");
    }
  }

  /** The defaults of {@code app.jobs.*} for a pool with the given id. */
  public static JobRunnerSettings defaults(String owner) {
    return new JobRunnerSettings(
        owner,
        DEFAULT_POLL_INTERVAL,
        DEFAULT_LEASE,
        DEFAULT_HEARTBEAT,
        DEFAULT_TIMEOUT,
        Backoff.DEFAULT,
        DEFAULT_CONCURRENCY,
        Map.of());
  }

  public int concurrencyOf(String type) {
    return concurrency.getOrDefault(type, defaultConcurrency);
  }

  public JobRunnerSettings withLease(Duration newLease, Duration newHeartbeat) {
    return new JobRunnerSettings(
        owner,
        pollInterval,
        newLease,
        newHeartbeat,
        timeout,
        backoff,
        defaultConcurrency,
        concurrency);
  }

  public JobRunnerSettings withConcurrency(int newDefault, Map<String, Integer> perType) {
    return new JobRunnerSettings(
        owner, pollInterval, lease, heartbeat, timeout, backoff, newDefault, perType);
  }

  public JobRunnerSettings withPollInterval(Duration newPollInterval) {
    return new JobRunnerSettings(
        owner,
        newPollInterval,
        lease,
        heartbeat,
        timeout,
        backoff,
        defaultConcurrency,
        concurrency);
  }

  public JobRunnerSettings withBackoff(Backoff newBackoff, Duration newTimeout) {
    return new JobRunnerSettings(
        owner,
        pollInterval,
        lease,
        heartbeat,
        newTimeout,
        newBackoff,
        defaultConcurrency,
        concurrency);
  }

  private static void requirePositive(Duration duration, String name) {
    if (duration == null || duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
