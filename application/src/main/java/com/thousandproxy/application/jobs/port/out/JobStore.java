package com.thousandproxy.application.jobs.port.out;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobClaim;
import com.thousandproxy.application.jobs.JobCount;
import com.thousandproxy.application.jobs.JobFilter;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The stored jobs as workers and admins use them. Claims are safe between any number of worker
 * pools on one database (a job is claimed by one claim at a time). Every write of a worker names
 * its lease owner and changes nothing (answers false) when that claim no longer holds the job, so a
 * worker that lost its lease can never overwrite the outcome of the one that took over.
 */
public interface JobStore {

  /** Claims due QUEUED jobs as {@link JobClaim} describes, in one short transaction. */
  Mono<List<Job>> claim(JobClaim claim);

  /** Heartbeat: pushes the lease of a RUNNING job out to {@code until}. */
  Mono<Boolean> extendLease(long jobId, String leaseOwner, Instant until, Instant now);

  /** RUNNING → SUCCEEDED. */
  Mono<Boolean> complete(long jobId, String leaseOwner, Instant now);

  /** RUNNING → QUEUED, due at {@code runAt}, with the error of this try. */
  Mono<Boolean> reschedule(long jobId, String leaseOwner, Instant runAt, String error, Instant now);

  /** RUNNING → DEAD with the error that ended it. */
  Mono<Boolean> markDead(long jobId, String leaseOwner, String error, Instant now);

  /** RUNNING → QUEUED now, the try not counted: the worker gives the job back on shutdown. */
  Mono<Boolean> release(long jobId, String leaseOwner, Instant now);

  /**
   * Jobs whose lease expired while RUNNING (their worker died) go back to QUEUED; emits how many. A
   * job whose worker died on its last try gets one more run, in which {@link Job#isLastAttempt()}
   * holds, so its handler can still give up cleanly (e.g. refund); if that run dies too, the job is
   * DEAD.
   */
  Mono<Integer> recoverExpiredLeases(Instant now);

  /** One job; empty when there is none with that id. */
  Mono<Job> find(long jobId);

  Mono<Page<Job>> list(JobFilter filter, PageRequest page);

  /** DEAD → QUEUED now with a fresh set of tries; false when the job is not DEAD. */
  Mono<Boolean> revive(long jobId, Instant now);

  /** Jobs per type and status, for the statuses that are not final (and DEAD). */
  Mono<List<JobCount>> countOpen();
}
