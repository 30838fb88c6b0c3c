package com.thousandproxy.api.jobs;

import com.thousandproxy.application.jobs.service.JobRunner;
import java.time.Duration;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the worker pool once the application context is up and stops it first on shutdown: no new
 * claims, running jobs get {@code app.jobs.shutdown-grace} to finish, the rest go back to the queue
 * for another instance. The stop is asynchronous, so it does not hold a thread while jobs drain.
 */
final class JobRunnerLifecycle implements SmartLifecycle {

  private final JobRunner runner;
  private final Duration shutdownGrace;

  JobRunnerLifecycle(JobRunner runner, Duration shutdownGrace) {
    this.runner = runner;
    this.shutdownGrace = shutdownGrace;
  }

  @Override
  public void start() {
    runner.start();
  }

  @Override
  public void stop() {
    throw new UnsupportedOperationException("stop(Runnable) is used");
  }

  @Override
  public void stop(Runnable callback) {
    runner.stop(shutdownGrace).doFinally(signal -> callback.run()).subscribe();
  }

  @Override
  public boolean isRunning() {
    return runner.isStarted();
  }
}
