package com.thousandproxy.application.jobs;

import java.util.Objects;

/**
 * What a handler says about one run of a job: done, try again later (counts as a try, backs off),
 * or failed, for good ({@code permanent}: DEAD at once) or like a retry.
 */
public sealed interface JobResult {

  static JobResult done() {
    return Done.INSTANCE;
  }

  static JobResult retryLater(String reason) {
    return new RetryLater(reason);
  }

  static JobResult failed(String reason) {
    return new Failed(reason, false);
  }

  static JobResult failedPermanently(String reason) {
    return new Failed(reason, true);
  }

  /** The work is done; the job becomes SUCCEEDED. */
  enum Done implements JobResult {
    INSTANCE
  }

  /**
   * Not possible now (e.g. the panel is down); tried again after the backoff while tries remain.
   */
  record RetryLater(String reason) implements JobResult {
    public RetryLater {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The run failed; a permanent failure is never retried, another one is like RetryLater. */
  record Failed(String reason, boolean permanent) implements JobResult {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
