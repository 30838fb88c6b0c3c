package com.thousandproxy.api.jobs;

import com.thousandproxy.application.jobs.service.JobRunner;
import java.time.Duration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Mono;

/**
 * Starts the worker pool once the application is ready (its start-up runners, such as the admin
 * bootstrap, done), not while the context is still starting: a restarted instance takes no jobs
 * before it could take requests. Stops it first on shutdown: no new claims, running jobs get {@code
 * app.jobs.shutdown-grace} to finish, the rest go back to the queue for another instance. The stop
 * is asynchronous, so it does not hold a thread while jobs drain. A stopped and restarted context
 * (as the test framework pauses and resumes one) starts it again.
 */
final class JobRunnerLifecycle
    implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent>, JobWorkers {

  private final JobRunner runner;
  private final Duration shutdownGrace;
  private volatile boolean started;
  private volatile boolean ready;

  JobRunnerLifecycle(JobRunner runner, Duration shutdownGrace) {
    this.runner = runner;
    this.shutdownGrace = shutdownGrace;
  }

  /** The context's start comes before readiness: the pool waits for this event. */
  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    ready = true;
    if (started) {
      resume();
    }
  }

  @Override
  public void start() {
    started = true;
    if (ready) {
      resume();
    }
  }

  @Override
  public void stop() {
    throw new UnsupportedOperationException("stop(Runnable) is used");
  }

  @Override
  public void stop(Runnable callback) {
    started = false;
    runner.stop(shutdownGrace).doFinally(signal -> callback.run()).subscribe();
  }

  /** Started by the context (the pool itself may be waiting for readiness or paused). */
  @Override
  public boolean isRunning() {
    return started;
  }

  @Override
  public boolean isClaiming() {
    return runner.isStarted();
  }

  @Override
  public Mono<Void> pause() {
    return runner.stop(shutdownGrace);
  }

  @Override
  public synchronized void resume() {
    if (!runner.isStarted()) {
      runner.start();
    }
  }
}
