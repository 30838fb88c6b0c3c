package com.thousandproxy.application.jobs.service;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobClaim;
import com.thousandproxy.application.jobs.JobCount;
import com.thousandproxy.application.jobs.JobFilter;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobStatus;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.jobs.port.out.JobStore;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/** A fake {@link JobStore} with the table's rules, in memory; every call answers synchronously. */
final class InMemoryJobStore implements JobStore {

  private final Map<Long, Job> jobs = new LinkedHashMap<>();
  private final List<JobClaim> claims = new ArrayList<>();
  private long nextId = 1;

  synchronized long add(NewJob job, int maxAttempts, Instant now) {
    long id = nextId++;
    jobs.put(
        id,
        new Job(
            id,
            job.type(),
            job.arguments(),
            job.priority(),
            JobStatus.QUEUED,
            0,
            maxAttempts,
            job.runAt(),
            null,
            null,
            null,
            now,
            now));
    return id;
  }

  synchronized Job get(long id) {
    return jobs.get(id);
  }

  synchronized List<JobClaim> claims() {
    return List.copyOf(claims);
  }

  /** Another pool takes the job over, as after its lease expired. */
  synchronized void stealLease(long id, String newOwner) {
    update(id, null, job -> copy(job, JobStatus.RUNNING, job.runAt(), newOwner, job.lastError()));
  }

  @Override
  public synchronized Mono<List<Job>> claim(JobClaim claim) {
    claims.add(claim);
    Map<String, Integer> left = new HashMap<>(claim.capacity());
    List<Job> due =
        jobs.values().stream()
            .filter(job -> job.status() == JobStatus.QUEUED && !job.runAt().isAfter(claim.now()))
            .sorted(Comparator.comparing(Job::priority).thenComparing(Job::runAt))
            .toList();
    List<Job> claimed = new ArrayList<>();
    for (Job job : due) {
      if (left.getOrDefault(job.type(), 0) > 0) {
        left.merge(job.type(), -1, Integer::sum);
        Job running =
            new Job(
                job.id(),
                job.type(),
                job.arguments(),
                job.priority(),
                JobStatus.RUNNING,
                job.attempts() + 1,
                job.maxAttempts(),
                job.runAt(),
                claim.leaseOwner(),
                claim.leaseExpiresAt(),
                job.lastError(),
                job.createdAt(),
                claim.now());
        jobs.put(job.id(), running);
        claimed.add(running);
      }
    }
    return Mono.just(claimed);
  }

  @Override
  public synchronized Mono<Boolean> extendLease(
      long jobId, String leaseOwner, Instant until, Instant now) {
    return Mono.just(update(jobId, leaseOwner, job -> job));
  }

  @Override
  public synchronized Mono<Boolean> complete(long jobId, String leaseOwner, Instant now) {
    return Mono.just(
        update(
            jobId,
            leaseOwner,
            job -> copy(job, JobStatus.SUCCEEDED, job.runAt(), null, job.lastError())));
  }

  @Override
  public synchronized Mono<Boolean> reschedule(
      long jobId, String leaseOwner, Instant runAt, String error, Instant now) {
    return Mono.just(
        update(jobId, leaseOwner, job -> copy(job, JobStatus.QUEUED, runAt, null, error)));
  }

  @Override
  public synchronized Mono<Boolean> markDead(
      long jobId, String leaseOwner, String error, Instant now) {
    return Mono.just(
        update(jobId, leaseOwner, job -> copy(job, JobStatus.DEAD, job.runAt(), null, error)));
  }

  @Override
  public synchronized Mono<Boolean> release(long jobId, String leaseOwner, Instant now) {
    return Mono.just(
        update(
            jobId,
            leaseOwner,
            job ->
                withAttempts(
                    copy(job, JobStatus.QUEUED, now, null, job.lastError()), job.attempts() - 1)));
  }

  @Override
  public Mono<Integer> recoverExpiredLeases(Instant now) {
    return Mono.just(0);
  }

  @Override
  public synchronized Mono<Job> find(long jobId) {
    return Mono.justOrEmpty(jobs.get(jobId));
  }

  @Override
  public synchronized Mono<Page<Job>> list(JobFilter filter, PageRequest page) {
    List<Job> matching =
        jobs.values().stream()
            .filter(job -> filter.status() == null || job.status() == filter.status())
            .toList();
    return Mono.just(new Page<>(matching, page.page(), page.size(), matching.size()));
  }

  @Override
  public synchronized Mono<Boolean> revive(long jobId, Instant now) {
    Job job = jobs.get(jobId);
    if (job == null || job.status() != JobStatus.DEAD) {
      return Mono.just(false);
    }
    jobs.put(jobId, withAttempts(copy(job, JobStatus.QUEUED, now, null, job.lastError()), 0));
    return Mono.just(true);
  }

  @Override
  public Mono<List<JobCount>> countOpen() {
    return Mono.just(List.of());
  }

  private boolean update(long id, String owner, UnaryOperator<Job> change) {
    Job job = jobs.get(id);
    if (job == null
        || job.status() != JobStatus.RUNNING
        || (owner != null && !Objects.equals(owner, job.leaseOwner()))) {
      return false;
    }
    jobs.put(id, change.apply(job));
    return true;
  }

  private static Job copy(
      Job job, JobStatus status, Instant runAt, String leaseOwner, String lastError) {
    return new Job(
        job.id(),
        job.type(),
        job.arguments(),
        job.priority(),
        status,
        job.attempts(),
        job.maxAttempts(),
        runAt,
        leaseOwner,
        job.leaseExpiresAt(),
        lastError,
        job.createdAt(),
        job.updatedAt());
  }

  private static Job withAttempts(Job job, int attempts) {
    return new Job(
        job.id(),
        job.type(),
        job.arguments(),
        job.priority(),
        job.status(),
        attempts,
        job.maxAttempts(),
        job.runAt(),
        job.leaseOwner(),
        job.leaseExpiresAt(),
        job.lastError(),
        job.createdAt(),
        job.updatedAt());
  }

  static NewJob newJob(String type, Instant runAt) {
    return new NewJob(type, Map.of("n", "1"), JobPriority.DEFAULT, runAt, null);
  }
}
