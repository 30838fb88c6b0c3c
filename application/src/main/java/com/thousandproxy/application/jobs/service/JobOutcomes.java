package com.thousandproxy.application.jobs.service;

import com.thousandproxy.application.jobs.Backoff;
import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.port.out.JobStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;
import reactor.util.retry.Retry;

/**
 * Turns a handler's result into the job's next state: SUCCEEDED, QUEUED after a backoff or DEAD.
 */
final class JobOutcomes {

  private static final Logger log = Loggers.getLogger(JobRunner.class);

  /**
   * A lost outcome costs a whole lease and a second run, so a write that failed (a deadlock victim,
   * a dropped connection) is tried again; the writes are fenced by the lease, so repeating is safe.
   */
  private static final Retry WRITE_RETRIES =
      Retry.backoff(4, Duration.ofMillis(50)).maxBackoff(Duration.ofSeconds(1));

  private JobOutcomes() {}

  static Mono<Void> record(
      JobStore store, Job job, JobResult result, Backoff backoff, Clock clock) {
    Instant now = clock.instant();
    Mono<Boolean> written;
    if (result instanceof JobResult.Done) {
      written = store.complete(job.id(), job.leaseOwner(), now);
    } else if (result instanceof JobResult.Failed failed && failed.permanent()) {
      written = dead(store, job, failed.reason(), now);
    } else if (job.isLastAttempt()) {
      written = dead(store, job, reason(result), now);
    } else {
      Instant next = now.plus(backoff.delayAfter(job.attempts()));
      log.info(
          "Job {} ({}) try {} of {} failed, next at {}: {}",
          job.id(),
          job.type(),
          job.attempts(),
          job.maxAttempts(),
          next,
          reason(result));
      written = store.reschedule(job.id(), job.leaseOwner(), next, reason(result), now);
    }
    return written
        .retryWhen(WRITE_RETRIES)
        .doOnNext(
            recorded -> {
              if (!recorded) {
                log.warn(
                    "Job {} ({}): lease {} was lost, outcome {} not recorded",
                    job.id(),
                    job.type(),
                    job.leaseOwner(),
                    result);
              }
            })
        .then();
  }

  private static Mono<Boolean> dead(JobStore store, Job job, String reason, Instant now) {
    log.error(
        "Job {} ({}) is DEAD after {} tries: {}", job.id(), job.type(), job.attempts(), reason);
    return store.markDead(job.id(), job.leaseOwner(), reason, now);
  }

  private static String reason(JobResult result) {
    if (result instanceof JobResult.RetryLater retry) {
      return retry.reason();
    }
    return ((JobResult.Failed) result).reason();
  }
}
