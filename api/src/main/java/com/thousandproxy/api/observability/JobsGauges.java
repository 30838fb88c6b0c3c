package com.thousandproxy.api.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The job queue as gauges, read from the {@code jobs} table every interval (one grouped count, on
 * the status index): {@code jobs} (Prometheus {@code jobs}) tagged {@code type} and {@code state} =
 * {@code pending} (QUEUED, or FAILED waiting for a retry), {@code running} or {@code dead}. Every
 * type this instance has a handler for has its three gauges from the start, and a type once seen in
 * the table keeps them, at 0 when it has no such job. Every instance reports the same (shared)
 * table: aggregate with {@code max}, not {@code sum}.
 */
public final class JobsGauges implements SmartLifecycle {

  public static final String METER = "jobs";

  private static final Logger log = LoggerFactory.getLogger(JobsGauges.class);
  private static final String QUERY =
      "SELECT status, type, COUNT(*) AS n FROM jobs"
          + " WHERE status IN ('QUEUED', 'FAILED', 'RUNNING', 'DEAD') GROUP BY status, type";
  private static final String[] STATES = {"pending", "running", "dead"};

  private final DatabaseClient database;
  private final MeterRegistry registry;
  private final Duration interval;
  private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();
  private volatile Disposable polling;

  /**
   * @param knownTypes the job types handled here, whose gauges exist (at 0) before any such job
   */
  public JobsGauges(
      DatabaseClient database,
      MeterRegistry registry,
      Duration interval,
      Collection<String> knownTypes) {
    this.database = database;
    this.registry = registry;
    this.interval = interval;
    for (String type : knownTypes) {
      for (String state : STATES) {
        gauge(type, state);
      }
    }
  }

  /** Reads the table once and updates the gauges; never fails (a failed read keeps old values). */
  public Mono<Void> refresh() {
    return database
        .sql(QUERY)
        .map(
            row ->
                new Count(
                    row.get("status", String.class),
                    row.get("type", String.class),
                    row.get("n", Number.class).longValue()))
        .all()
        .collectList()
        .timeout(interval)
        .doOnNext(
            counts -> {
              Map<String, Long> latest = new HashMap<>();
              for (Count count : counts) {
                latest.merge(key(count.type(), state(count.status())), count.n(), Long::sum);
                for (String state : STATES) {
                  gauge(count.type(), state);
                }
              }
              gauges.forEach((key, value) -> value.set(latest.getOrDefault(key, 0L)));
            })
        .onErrorResume(
            error -> {
              log.warn("Job gauges not refreshed: {}", error.toString());
              return Mono.empty();
            })
        .then();
  }

  @Override
  public void start() {
    polling =
        Flux.interval(Duration.ZERO, interval)
            .onBackpressureDrop()
            .concatMap(tick -> refresh())
            .subscribe();
  }

  @Override
  public void stop() {
    Disposable running = polling;
    if (running != null) {
      running.dispose();
    }
    polling = null;
  }

  @Override
  public boolean isRunning() {
    return polling != null;
  }

  private void gauge(String type, String state) {
    gauges.computeIfAbsent(
        key(type, state),
        key -> {
          AtomicLong value = new AtomicLong();
          Gauge.builder(METER, value, AtomicLong::get)
              .description("Jobs in the queue by type and state")
              .tag("type", type)
              .tag("state", state)
              .strongReference(true)
              .register(registry);
          return value;
        });
  }

  private static String state(String status) {
    return switch (status) {
      case "RUNNING" -> "running";
      case "DEAD" -> "dead";
      default -> "pending";
    };
  }

  private static String key(String type, String state) {
    return type + '\u0000' + state;
  }

  private record Count(String status, String type, long n) {}
}
