package com.thousandproxy.api.jobs;

import reactor.core.publisher.Mono;

/**
 * This instance's job workers, as an operator switches them: paused, the instance claims no jobs
 * (the running ones finish within {@code app.jobs.shutdown-grace}, the rest go back to the queue
 * for the other instances); resumed, it claims again. For maintenance of one instance, or to let a
 * queue build up and watch it drain.
 */
public interface JobWorkers {

  /** Whether the pool claims jobs now. */
  boolean isClaiming();

  /** Completes once the running jobs have finished or been given back. */
  Mono<Void> pause();

  void resume();
}
