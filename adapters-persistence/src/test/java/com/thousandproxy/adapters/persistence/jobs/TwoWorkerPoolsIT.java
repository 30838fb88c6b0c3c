package com.thousandproxy.adapters.persistence.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.adapters.persistence.support.MariaDbTestDatabase;
import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.JobRunnerSettings;
import com.thousandproxy.application.jobs.JobStatus;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.jobs.service.JobRunner;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Two worker pools, as two app instances would run them, on one real MariaDB database: every job
 * runs exactly once and never twice at the same time, and a job whose pool died is redone by the
 * other pool once the lease has expired.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoWorkerPoolsIT {

  private static final Clock CLOCK = Clock.systemUTC();

  private MariaDbTestDatabase database;
  private ConnectionPool shared;

  @BeforeAll
  void createDatabase() {
    database = MariaDbTestDatabase.create("main");
    shared = pool(8);
  }

  @AfterAll
  void dropDatabase() {
    shared.dispose();
    database.close();
  }

  @Test
  void twoHundredJobsOnTwoPoolsAreEachHandledExactlyOnceAndNeverTwiceAtOnce() {
    Map<Long, AtomicInteger> runs = new ConcurrentHashMap<>();
    Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    AtomicInteger overlaps = new AtomicInteger();
    Map<String, AtomicInteger> perPool = new ConcurrentHashMap<>();
    Function<String, JobHandler> handler =
        pool ->
            handler(
                "work",
                job -> {
                  if (!inFlight.add(job.id())) {
                    overlaps.incrementAndGet();
                  }
                  runs.computeIfAbsent(job.id(), id -> new AtomicInteger()).incrementAndGet();
                  perPool.computeIfAbsent(pool, p -> new AtomicInteger()).incrementAndGet();
                  return Mono.delay(Duration.ofMillis(ThreadLocalRandom.current().nextInt(1, 15)))
                      .doOnNext(tick -> inFlight.remove(job.id()))
                      .thenReturn(JobResult.done());
                });
    enqueue("work", 200);

    long started = System.nanoTime();
    JobRunner a = runner(shared, "pool-a", handler.apply("a"));
    JobRunner b = runner(shared, "pool-b", handler.apply("b"));
    a.start();
    b.start();
    try {
      awaitCount("work", JobStatus.SUCCEEDED, 200, Duration.ofSeconds(60));
    } finally {
      Mono.when(a.stop(Duration.ofSeconds(5)), b.stop(Duration.ofSeconds(5))).block();
    }
    long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
    System.out.printf("200 jobs on two pools: %d ms, split %s%n", millis, perPool);

    assertThat(runs).hasSize(200);
    assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    assertThat(overlaps.get()).isZero();
    assertThat(count("work", JobStatus.RUNNING) + count("work", JobStatus.QUEUED)).isZero();
  }

  @Test
  void aJobWhosePoolDiedMidRunIsRedoneByTheOtherPoolOnceTheLeaseExpires() {
    AtomicInteger startedOnA = new AtomicInteger();
    AtomicInteger doneOnB = new AtomicInteger();
    ConnectionPool aConnections = pool(2);
    JobRunner a =
        runner(
            aConnections,
            "pool-a",
            handler(
                "hang",
                job -> {
                  startedOnA.incrementAndGet();
                  return Mono.never();
                }));
    JobRunner b =
        runner(
            shared,
            "pool-b",
            handler(
                "hang",
                job -> {
                  doneOnB.incrementAndGet();
                  return Mono.just(JobResult.done());
                }));
    enqueue("hang", 1);
    a.start();
    awaitCount("hang", JobStatus.RUNNING, 1, Duration.ofSeconds(20));

    aConnections.dispose(); // pool A loses the database mid-run: no heartbeat, no outcome
    b.start();
    try {
      awaitCount("hang", JobStatus.SUCCEEDED, 1, Duration.ofSeconds(30));
    } finally {
      Mono.when(a.stop(Duration.ZERO), b.stop(Duration.ofSeconds(5))).block();
    }

    assertThat(startedOnA.get()).isEqualTo(1);
    assertThat(doneOnB.get()).isEqualTo(1);
    Job job =
        DatabaseClient.create(shared)
            .sql(JobRows.COLUMNS + " WHERE type = 'hang'")
            .map(JobRows::job)
            .one()
            .block();
    assertThat(job.attempts()).as("the dead pool's run counts as a try").isEqualTo(2);
    assertThat(job.leaseOwner()).startsWith("pool-b#");
  }

  private JobRunner runner(ConnectionPool connections, String owner, JobHandler handler) {
    R2dbcJobStore store =
        new R2dbcJobStore(
            DatabaseClient.create(connections), new R2dbcTransactionManager(connections));
    JobRunnerSettings settings =
        JobRunnerSettings.defaults(owner)
            .withPollInterval(Duration.ofMillis(200))
            .withLease(Duration.ofSeconds(2), Duration.ofMillis(500));
    return new JobRunner(store, List.of(handler), settings, CLOCK);
  }

  private void enqueue(String type, int count) {
    R2dbcJobQueue queue = new R2dbcJobQueue(DatabaseClient.create(shared), CLOCK, 5);
    Flux.range(0, count)
        .concatMap(
            n ->
                queue.enqueue(
                    new NewJob(
                        type,
                        Map.of("n", String.valueOf(n)),
                        JobPriority.DEFAULT,
                        CLOCK.instant(),
                        type + ":" + n)))
        .then()
        .block();
  }

  private void awaitCount(String type, JobStatus status, long expected, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (count(type, status) < expected) {
      assertThat(System.nanoTime())
          .as("%d %s %s jobs in time", expected, type, status)
          .isLessThan(deadline);
      sleep(50);
    }
  }

  private long count(String type, JobStatus status) {
    return DatabaseClient.create(shared)
        .sql("SELECT COUNT(*) AS n FROM jobs WHERE type = :type AND status = :status")
        .bind("type", type)
        .bind("status", status.name())
        .map(row -> row.get("n", Long.class))
        .one()
        .block();
  }

  private ConnectionPool pool(int size) {
    return new ConnectionPool(
        ConnectionPoolConfiguration.builder(database.connectionFactory())
            .initialSize(1)
            .maxSize(size)
            .build());
  }

  private static JobHandler handler(String type, Function<Job, Mono<JobResult>> handle) {
    return new JobHandler() {
      @Override
      public String type() {
        return type;
      }

      @Override
      public Mono<JobResult> handle(Job job) {
        return handle.apply(job);
      }
    };
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
