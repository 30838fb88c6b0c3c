package com.thousandproxy.application.jobs;

import reactor.core.publisher.Mono;

/**
 * Runs the jobs of one type. A job runs at least once and, after a crash or a lost lease, possibly
 * again: a handler must be idempotent (look before it creates, e.g. find the panel client by its
 * e-mail before adding it). An error signal or an empty result counts as {@link
 * JobResult.RetryLater}. Register a handler by declaring it as a bean; the runner picks up every
 * handler and claims only the types it has a handler for.
 */
public interface JobHandler {

  /** The job type handled, e.g. {@code provision-order}. */
  String type();

  Mono<JobResult> handle(Job job);
}
