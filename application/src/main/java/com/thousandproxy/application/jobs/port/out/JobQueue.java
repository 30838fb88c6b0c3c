package com.thousandproxy.application.jobs.port.out;

import com.thousandproxy.application.jobs.NewJob;
import reactor.core.publisher.Mono;

/**
 * The durable job queue (a MySQL table). Enqueuing joins the caller's transaction when one is open,
 * so a state change and the job it implies are committed together or not at all.
 */
public interface JobQueue {

  /**
   * Adds the job; emits true when it was added, false when a job with the same dedup key already
   * exists (nothing is added then).
   */
  Mono<Boolean> enqueue(NewJob job);
}
