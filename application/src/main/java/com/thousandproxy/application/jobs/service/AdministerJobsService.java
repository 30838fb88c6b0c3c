package com.thousandproxy.application.jobs.service;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobFilter;
import com.thousandproxy.application.jobs.JobNotFoundException;
import com.thousandproxy.application.jobs.JobNotRetryableException;
import com.thousandproxy.application.jobs.RetryJobCommand;
import com.thousandproxy.application.jobs.port.in.AdministerJobsUseCase;
import com.thousandproxy.application.jobs.port.out.JobStore;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Lists jobs from the store and revives DEAD ones, each revival audited. */
public final class AdministerJobsService implements AdministerJobsUseCase {

  /** The audit action of a retry by hand. */
  public static final String JOB_RETRIED = "admin.job_retried";

  private final JobStore store;
  private final AuditLog audit;
  private final Clock clock;

  public AdministerJobsService(JobStore store, AuditLog audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Mono<Page<Job>> list(JobFilter filter, PageRequest page) {
    return store.list(filter, page);
  }

  @Override
  public Mono<Job> retry(RetryJobCommand command) {
    long jobId = command.jobId();
    Instant now = clock.instant();
    return store
        .revive(jobId, now)
        .flatMap(
            revived ->
                store
                    .find(jobId)
                    .flatMap(job -> revived ? audited(command, job, now) : refuse(job)))
        .switchIfEmpty(Mono.error(() -> new JobNotFoundException(jobId)));
  }

  private Mono<Job> audited(RetryJobCommand command, Job job, Instant now) {
    Map<String, String> details = new HashMap<>();
    details.put("type", job.type());
    if (job.lastError() != null) {
      details.put(
          "lastError", job.lastError().substring(0, Math.min(200, job.lastError().length())));
    }
    AuditEvent event =
        AuditEvent.of(AuditActor.of(command.admin()), JOB_RETRIED, now)
            .target("JOB", job.id())
            .details(details)
            .from(command.clientIp());
    return audit.record(event).thenReturn(job);
  }

  private static Mono<Job> refuse(Job job) {
    return Mono.error(new JobNotRetryableException(job.id(), job.status()));
  }
}
