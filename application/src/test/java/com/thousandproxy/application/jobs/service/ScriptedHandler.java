package com.thousandproxy.application.jobs.service;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** A handler that answers as scripted, or holds each run open until the test finishes it. */
final class ScriptedHandler implements JobHandler {

  private final String type;
  private final Function<Job, Mono<JobResult>> script;
  private final List<Job> runs = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  private ScriptedHandler(String type, Function<Job, Mono<JobResult>> script) {
    this.type = type;
    this.script = script;
  }

  static ScriptedHandler answering(String type, JobResult result) {
    return new ScriptedHandler(type, job -> Mono.just(result));
  }

  static ScriptedHandler running(String type, Function<Job, Mono<JobResult>> script) {
    return new ScriptedHandler(type, script);
  }

  /** Each run stays open until {@link Held#finish} is called for its job. */
  static Held holding(String type) {
    return new Held(type);
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public Mono<JobResult> handle(Job job) {
    runs.add(job);
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    // before the result travels on (doFinally would run after the runner reacted to it)
    return script
        .apply(job)
        .doOnTerminate(inFlight::decrementAndGet)
        .doOnCancel(inFlight::decrementAndGet);
  }

  List<Job> runs() {
    return List.copyOf(runs);
  }

  int inFlight() {
    return inFlight.get();
  }

  int maxInFlight() {
    return maxInFlight.get();
  }

  /** The holding variant: a sink per job id. */
  static final class Held {

    private final Map<Long, Sinks.One<JobResult>> open = new ConcurrentHashMap<>();
    final ScriptedHandler handler;

    private Held(String type) {
      handler =
          new ScriptedHandler(
              type, job -> open.computeIfAbsent(job.id(), id -> Sinks.one()).asMono());
    }

    void finish(long jobId, JobResult result) {
      open.get(jobId).tryEmitValue(result);
    }

    List<Long> openJobIds() {
      return List.copyOf(open.keySet());
    }
  }
}
