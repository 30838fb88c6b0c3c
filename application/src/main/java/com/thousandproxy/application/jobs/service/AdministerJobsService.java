package com.thousandproxy.application.jobs.service;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobFilter;
import com.thousandproxy.application.jobs.JobNotFoundException;
import com.thousandproxy.application.jobs.JobNotRetryableException;
import com.thousandproxy.application.jobs.port.in.AdministerJobsUseCase;
import com.thousandproxy.application.jobs.port.out.JobStore;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import java.time.Clock;
import reactor.core.publisher.Mono;

/** Lists jobs from the store and revives DEAD ones. */
public final class AdministerJobsService implements AdministerJobsUseCase {

  private final JobStore store;
  private final Clock clock;

  public AdministerJobsService(JobStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public Mono<Page<Job>> list(JobFilter filter, PageRequest page) {
    return store.list(filter, page);
  }

  @Override
  public Mono<Job> retry(long jobId) {
    return store
        .revive(jobId, clock.instant())
        .flatMap(
            revived -> store.find(jobId).flatMap(job -> revived ? Mono.just(job) : refuse(job)))
        .switchIfEmpty(Mono.error(() -> new JobNotFoundException(jobId)));
  }

  private static Mono<Job> refuse(Job job) {
    return Mono.error(new JobNotRetryableException(job.id(), job.status()));
  }
}
