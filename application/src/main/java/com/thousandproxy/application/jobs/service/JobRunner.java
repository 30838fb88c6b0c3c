package com.thousandproxy.application.jobs.service;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobClaim;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.JobRunnerSettings;
import com.thousandproxy.application.jobs.port.out.JobStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * One worker pool: polls the store, claims due jobs up to the free concurrency of each type it has
 * a handler for, runs each outside the claim's transaction under a lease it keeps extending, and
 * records the outcome (done, retry after the backoff, or DEAD). Any number of pools, in one process
 * or many, can share one database. A finished job or a full claim triggers the next poll at once,
 * so a backlog drains faster than the poll interval.
 */
public final class JobRunner {

  private static final Logger log = Loggers.getLogger(JobRunner.class);
  private static final Duration DRAIN_CHECK = Duration.ofMillis(20);

  private final JobStore store;
  private final Map<String, JobHandler> handlers;
  private final JobRunnerSettings settings;
  private final Clock clock;
  private final Map<String, AtomicInteger> busy = new ConcurrentHashMap<>();
  private final Set<Execution> running = ConcurrentHashMap.newKeySet();
  private final AtomicLong claims = new AtomicLong();
  private final AtomicReference<Instant> lastRecovery = new AtomicReference<>(Instant.MIN);
  private final AtomicReference<Disposable> loop = new AtomicReference<>();
  private final Sinks.Many<Long> wakeups = Sinks.many().multicast().directBestEffort();
  private volatile boolean accepting = true;

  public JobRunner(
      JobStore store,
      Collection<? extends JobHandler> handlers,
      JobRunnerSettings settings,
      Clock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
    Map<String, JobHandler> byType = new HashMap<>();
    for (JobHandler handler : handlers) {
      if (byType.putIfAbsent(handler.type(), handler) != null) {
        throw new IllegalArgumentException("two handlers for job type " + handler.type());
      }
      busy.put(handler.type(), new AtomicInteger());
    }
    this.handlers = Map.copyOf(byType);
  }

  /**
   * Starts polling every poll interval (and whenever capacity frees up); a stopped runner may be
   * started again, as a paused and resumed context does.
   */
  public void start() {
    accepting = true;
    Disposable subscription =
        Flux.merge(Flux.interval(Duration.ZERO, settings.pollInterval()), wakeups.asFlux())
            .onBackpressureLatest()
            .concatMap(signal -> poll().onErrorResume(this::pollFailed), 1)
            .subscribe();
    if (!loop.compareAndSet(null, subscription)) {
      subscription.dispose();
      throw new IllegalStateException("job runner " + settings.owner() + " is already started");
    }
    log.info("Job runner {} started for types {}", settings.owner(), handlers.keySet());
  }

  public boolean isStarted() {
    return loop.get() != null;
  }

  /**
   * Stops claiming, waits up to {@code grace} for running jobs, then cancels the rest and gives
   * them back to the queue (their try not counted) so another pool takes them at once.
   */
  public Mono<Void> stop(Duration grace) {
    accepting = false;
    Disposable current = loop.getAndSet(null);
    if (current != null) {
      current.dispose();
    }
    return Flux.interval(Duration.ZERO, DRAIN_CHECK)
        .takeUntil(tick -> running.isEmpty())
        .then()
        .timeout(grace.isZero() ? Duration.ofMillis(1) : grace, Mono.defer(this::giveBackRunning))
        .doOnTerminate(() -> log.info("Job runner {} stopped", settings.owner()));
  }

  /** Recovers expired leases when due, then claims and launches jobs; emits how many. */
  public Mono<Integer> poll() {
    if (!accepting) {
      return Mono.just(0);
    }
    return recoverExpiredLeases().then(Mono.defer(this::claimAndLaunch));
  }

  /** Jobs running in this pool right now, per type (for metrics). */
  public Map<String, Integer> runningByType() {
    Map<String, Integer> counts = new HashMap<>();
    for (Execution execution : running) {
      counts.merge(execution.job().type(), 1, Integer::sum);
    }
    return counts;
  }

  private Mono<Integer> recoverExpiredLeases() {
    Instant now = clock.instant();
    Instant last = lastRecovery.get();
    if (now.isBefore(last.plus(settings.pollInterval()))
        || !lastRecovery.compareAndSet(last, now)) {
      return Mono.just(0);
    }
    return store
        .recoverExpiredLeases(now)
        .doOnNext(
            count -> {
              if (count > 0) {
                log.warn("{} job(s) whose worker stopped were put back in the queue", count);
              }
            });
  }

  private Mono<Integer> claimAndLaunch() {
    Map<String, Integer> reserved = reserveFreeCapacity();
    if (reserved.isEmpty()) {
      return Mono.just(0);
    }
    Instant now = clock.instant();
    JobClaim claim =
        new JobClaim(
            settings.owner() + "#" + claims.incrementAndGet(),
            reserved,
            handlers.keySet(),
            now,
            now.plus(settings.lease()));
    // The reservation is given back exactly once: by the answer, or by an error or a cancel (a
    // stop during the claim) that comes before it; a lost reservation would starve the pool.
    AtomicBoolean settled = new AtomicBoolean();
    Runnable giveBack =
        () -> {
          if (settled.compareAndSet(false, true)) {
            unreserve(reserved);
          }
        };
    return store
        .claim(claim)
        .doOnError(error -> giveBack.run())
        .doOnCancel(giveBack)
        .filter(jobs -> settled.compareAndSet(false, true))
        .map(
            jobs -> {
              Map<String, Integer> unused = new HashMap<>(reserved);
              jobs.forEach(job -> unused.merge(job.type(), -1, Integer::sum));
              unreserve(unused);
              jobs.forEach(this::launch);
              if (!jobs.isEmpty() && jobs.size() == claim.total()) {
                wakeUp();
              }
              return jobs.size();
            });
  }

  private Map<String, Integer> reserveFreeCapacity() {
    Map<String, Integer> reserved = new HashMap<>();
    busy.forEach(
        (type, count) -> {
          int limit = settings.concurrencyOf(type);
          int before = count.getAndUpdate(current -> Math.max(current, limit));
          if (before < limit) {
            reserved.put(type, limit - before);
          }
        });
    return reserved;
  }

  private void unreserve(Map<String, Integer> slots) {
    slots.forEach(
        (type, count) -> {
          if (count > 0) {
            busy.get(type).addAndGet(-count);
          }
        });
  }

  private void launch(Job job) {
    Execution execution = new Execution(job, reactor.core.Disposables.swap());
    running.add(execution);
    execution
        .subscription()
        .update(
            run(job)
                .onErrorResume(
                    error -> {
                      log.error(
                          "Job {} ({}): outcome not recorded, the lease will expire: {}",
                          job.id(),
                          job.type(),
                          error.toString());
                      return Mono.empty();
                    })
                .doFinally(signal -> finished(execution))
                .subscribe());
  }

  private void finished(Execution execution) {
    if (running.remove(execution)) {
      busy.get(execution.job().type()).decrementAndGet();
      wakeUp();
    }
  }

  private Mono<Void> run(Job job) {
    JobHandler handler = handlers.get(job.type());
    return Mono.defer(() -> handler.handle(job))
        .timeout(settings.timeout())
        .switchIfEmpty(Mono.fromSupplier(() -> JobResult.retryLater("the handler gave no result")))
        .onErrorResume(error -> Mono.just(JobResult.retryLater(describe(error))))
        .takeUntilOther(leaseLost(job))
        .flatMap(result -> JobOutcomes.record(store, job, result, settings.backoff(), clock));
  }

  /** Extends the lease every heartbeat; emits when the lease turns out to be someone else's. */
  private Mono<Boolean> leaseLost(Job job) {
    return Flux.interval(settings.heartbeat())
        .onBackpressureDrop()
        .concatMap(
            tick -> {
              Instant now = clock.instant();
              return store
                  .extendLease(job.id(), job.leaseOwner(), now.plus(settings.lease()), now)
                  .onErrorResume(
                      error -> {
                        log.warn("Job {}: heartbeat failed: {}", job.id(), error.toString());
                        return Mono.just(true);
                      });
            })
        .filter(extended -> !extended)
        .next()
        .doOnNext(
            lost ->
                log.warn(
                    "Job {} ({}): lease {} lost to another worker, run cancelled",
                    job.id(),
                    job.type(),
                    job.leaseOwner()));
  }

  private Mono<Void> giveBackRunning() {
    List<Execution> left = List.copyOf(running);
    return Flux.fromIterable(left)
        .concatMap(
            execution -> {
              execution.subscription().dispose();
              Job job = execution.job();
              log.warn("Job {} ({}) still running at shutdown: given back", job.id(), job.type());
              return store
                  .release(job.id(), job.leaseOwner(), clock.instant())
                  .onErrorResume(error -> Mono.just(false));
            })
        .then();
  }

  private Mono<Integer> pollFailed(Throwable error) {
    log.warn("Job runner {}: poll failed: {}", settings.owner(), error.toString());
    return Mono.just(0);
  }

  private void wakeUp() {
    if (accepting) {
      synchronized (wakeups) {
        wakeups.tryEmitNext(0L);
      }
    }
  }

  private String describe(Throwable error) {
    if (error instanceof java.util.concurrent.TimeoutException) {
      return "timed out after " + settings.timeout();
    }
    return error.getClass().getSimpleName() + ": " + error.getMessage();
  }

  private record Execution(Job job, Disposable.Swap subscription) {}
}
