package com.thousandproxy.api.observability;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobResult;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Runs a job under a correlation id of its own, {@code job-<id>}, the way a request runs under its
 * {@code X-Request-Id}: so the panel and gateway calls a job makes log with an id that finds all of
 * that job's lines (across its attempts) in every channel.
 */
public final class CorrelatedJobHandler implements JobHandler {

  private final JobHandler delegate;

  public CorrelatedJobHandler(JobHandler delegate) {
    this.delegate = delegate;
  }

  /** The correlation id of a job's runs. */
  public static String idOf(Job job) {
    return "job-" + job.id();
  }

  @Override
  public String type() {
    return delegate.type();
  }

  @Override
  public Mono<JobResult> handle(Job job) {
    return Mono.defer(() -> delegate.handle(job))
        .contextWrite(Context.of(RequestIds.KEY, idOf(job)));
  }
}
