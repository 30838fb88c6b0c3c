package com.thousandproxy.application.jobs;

import java.time.Duration;
import java.util.List;

/**
 * How long a failed job waits before its next try: the n-th delay after the n-th failed try, the
 * last delay for every try after that (10s, 30s, 60s, 60s... by default).
 */
public record Backoff(List<Duration> delays) {

  public static final Backoff DEFAULT =
      new Backoff(List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60)));

  public Backoff {
    delays = List.copyOf(delays);
    if (delays.isEmpty() || delays.stream().anyMatch(Duration::isNegative)) {
      throw new IllegalArgumentException("backoff needs one or more delays of zero or more");
    }
  }

  /** The delay after the given failed try (1 for the first). */
  public Duration delayAfter(int attempt) {
    int index = Math.min(Math.max(attempt, 1), delays.size()) - 1;
    return delays.get(index);
  }
}
