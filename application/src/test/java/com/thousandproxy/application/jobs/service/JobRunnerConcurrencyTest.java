package com.thousandproxy.application.jobs.service;

import static com.thousandproxy.application.jobs.service.InMemoryJobStore.newJob;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.jobs.JobClaim;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.JobRunnerSettings;
import com.thousandproxy.application.jobs.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** How many jobs run at once, what is claimed, and how runs end on shutdown or a lost lease. */
class JobRunnerConcurrencyTest {

  private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryJobStore store = new InMemoryJobStore();

  @Test
  void noMoreJobsOfATypeRunAtOnceThanItsConcurrencyAndAFreedSlotIsFilledAtTheNextPoll() {
    List<Long> provisions = add("provision", 10);
    add("stats", 10);
    ScriptedHandler.Held provision = ScriptedHandler.holding("provision");
    ScriptedHandler.Held stats = ScriptedHandler.holding("stats");
    JobRunnerSettings settings =
        JobRunnerSettings.defaults("pool-a").withConcurrency(3, Map.of("provision", 2));
    JobRunner runner =
        new JobRunner(store, List.of(provision.handler, stats.handler), settings, clock);

    assertThat(runner.poll().block()).isEqualTo(5);
    assertThat(runner.poll().block()).as("nothing free").isZero();
    assertThat(runner.runningByType())
        .containsExactlyInAnyOrderEntriesOf(Map.of("provision", 2, "stats", 3));

    provision.finish(provisions.get(0), JobResult.done());
    assertThat(runner.poll().block()).isEqualTo(1);

    assertThat(provision.handler.inFlight()).isEqualTo(2);
    assertThat(provision.handler.maxInFlight()).isEqualTo(2);
    assertThat(stats.handler.maxInFlight()).isEqualTo(3);
    assertThat(store.claims().get(0).capacity())
        .containsExactlyInAnyOrderEntriesOf(Map.of("provision", 2, "stats", 3));
    assertThat(store.claims().get(store.claims().size() - 1).capacity())
        .containsExactlyInAnyOrderEntriesOf(Map.of("provision", 1));
  }

  @Test
  void aTypeWithoutAHandlerInThisPoolIsNeverClaimed() {
    long orphan = store.add(newJob("unknown-type", START), 5, START);
    add("ping", 1);
    JobRunner runner =
        new JobRunner(
            store,
            List.of(ScriptedHandler.answering("ping", JobResult.done())),
            JobRunnerSettings.defaults("pool-a"),
            clock);

    runner.poll().block();

    assertThat(store.claims()).extracting(JobClaim::capacity).containsOnly(Map.of("ping", 4));
    assertThat(store.get(orphan).status()).isEqualTo(JobStatus.QUEUED);
  }

  @Test
  void aStartedRunnerDrainsABacklogWithoutWaitingForThePollInterval() {
    List<Long> ids = add("ping", 50);
    ScriptedHandler ping =
        ScriptedHandler.running(
            "ping", job -> Mono.delay(Duration.ofMillis(2)).thenReturn(JobResult.done()));
    JobRunner runner =
        new JobRunner(
            store,
            List.of(ping),
            JobRunnerSettings.defaults("pool-a").withPollInterval(Duration.ofHours(1)),
            clock);

    runner.start();
    try {
      Eventually.await(
          "every job succeeded",
          () -> ids.stream().allMatch(id -> store.get(id).status() == JobStatus.SUCCEEDED));
    } finally {
      runner.stop(Duration.ofSeconds(1)).block();
    }
    assertThat(ping.runs()).hasSize(50);
    assertThat(ping.maxInFlight()).isLessThanOrEqualTo(4);
  }

  @Test
  void stoppingWaitsForRunningJobsThenGivesTheRestBackWithoutCountingTheTry() {
    List<Long> ids = add("provision", 2);
    ScriptedHandler.Held provision = ScriptedHandler.holding("provision");
    JobRunner runner =
        new JobRunner(
            store, List.of(provision.handler), JobRunnerSettings.defaults("pool-a"), clock);
    runner.poll().block();
    Mono<Void> stopping = runner.stop(Duration.ofMillis(300));

    provision.finish(ids.get(0), JobResult.done());
    stopping.block();

    assertThat(store.get(ids.get(0)).status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(store.get(ids.get(1)).status()).isEqualTo(JobStatus.QUEUED);
    assertThat(store.get(ids.get(1)).attempts()).isZero();
    assertThat(runner.poll().block()).as("a stopped runner claims nothing").isZero();
  }

  @Test
  void aRunnerStartedAgainAfterAStopClaimsAgain() {
    ScriptedHandler ping = ScriptedHandler.answering("ping", JobResult.done());
    JobRunner runner =
        new JobRunner(store, List.of(ping), JobRunnerSettings.defaults("pool-a"), clock);
    runner.start();
    // Stopped only after its first poll claimed: a tick still on its way when stop and start run
    // back to back could claim the new job for the old loop, which then never launches it (its
    // lease expiry would give it back, long after this test).
    Eventually.await("the first poll", () -> !store.claims().isEmpty());
    runner.stop(Duration.ofSeconds(1)).block();
    long id = add("ping", 1).get(0);

    runner.start();
    try {
      Eventually.await(
          "the job queued after the restart succeeded",
          () -> store.get(id).status() == JobStatus.SUCCEEDED);
    } finally {
      runner.stop(Duration.ofSeconds(1)).block();
    }
  }

  @Test
  void aRunWhoseLeaseWasTakenOverIsCancelledAndRecordsNothing() {
    long id = add("provision", 1).get(0);
    ScriptedHandler.Held provision = ScriptedHandler.holding("provision");
    JobRunnerSettings settings =
        JobRunnerSettings.defaults("pool-a")
            .withLease(Duration.ofMillis(500), Duration.ofMillis(20));
    JobRunner runner = new JobRunner(store, List.of(provision.handler), settings, clock);
    runner.poll().block();

    store.stealLease(id, "pool-b#1");
    Eventually.await(
        "the run is cancelled",
        () -> provision.handler.inFlight() == 0 && runner.runningByType().isEmpty());
    provision.finish(id, JobResult.done());

    assertThat(store.get(id).status()).isEqualTo(JobStatus.RUNNING);
    assertThat(store.get(id).leaseOwner()).isEqualTo("pool-b#1");
    assertThat(runner.runningByType()).isEmpty();
  }

  private List<Long> add(String type, int count) {
    return LongStream.range(0, count)
        .mapToObj(n -> store.add(newJob(type, START), 5, START))
        .toList();
  }
}
