package com.thousandproxy.application.jobs.port.in;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobFilter;
import com.thousandproxy.application.jobs.RetryJobCommand;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import reactor.core.publisher.Mono;

/** Admins watch the job queue (e.g. the DEAD jobs and why they died) and revive dead jobs. */
public interface AdministerJobsUseCase {

  Mono<Page<Job>> list(JobFilter filter, PageRequest page);

  /**
   * Puts a DEAD job back in the queue with a fresh set of tries (audited as {@code
   * admin.job_retried}); errors with {@code JobNotFoundException} or {@code
   * JobNotRetryableException}.
   */
  Mono<Job> retry(RetryJobCommand command);
}
