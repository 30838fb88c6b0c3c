package com.thousandproxy.api.payment;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a reactive task at a fixed interval while the application runs, one run at a time (a tick
 * that finds the last run still busy is dropped); a failing run is logged and the next one runs.
 * Safe with several instances as long as the task itself is (claims, compare-and-set).
 */
public final class PeriodicTask implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger("payments");

  private final String name;
  private final Duration initialDelay;
  private final Duration interval;
  private final Supplier<Mono<?>> task;
  private volatile Disposable running;

  public PeriodicTask(
      String name, Duration initialDelay, Duration interval, Supplier<Mono<?>> task) {
    this.name = name;
    this.initialDelay = initialDelay;
    this.interval = interval;
    this.task = task;
  }

  @Override
  public void start() {
    running =
        Flux.interval(initialDelay, interval)
            .onBackpressureDrop()
            .concatMap(
                tick ->
                    Mono.defer(task)
                        .onErrorResume(
                            error -> {
                              LOG.warn("{} run failed: {}", name, error.toString());
                              return Mono.empty();
                            }),
                1)
            .subscribe();
  }

  @Override
  public void stop() {
    Disposable current = running;
    if (current != null) {
      current.dispose();
    }
    running = null;
  }

  @Override
  public boolean isRunning() {
    return running != null;
  }
}
