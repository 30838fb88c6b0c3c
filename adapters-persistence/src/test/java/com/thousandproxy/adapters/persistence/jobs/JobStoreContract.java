package com.thousandproxy.adapters.persistence.jobs;

import static com.thousandproxy.adapters.persistence.jobs.NewJobBuilder.NOW;
import static com.thousandproxy.adapters.persistence.jobs.NewJobBuilder.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobClaim;
import com.thousandproxy.application.jobs.JobCount;
import com.thousandproxy.application.jobs.JobFilter;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobStatus;
import com.thousandproxy.application.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/** What {@link R2dbcJobStore} promises on every database the product supports. */
abstract class JobStoreContract extends JobTableFixture {

  private static final Duration LEASE = Duration.ofSeconds(30);

  @Override
  int maxAttempts() {
    return 3;
  }

  /**
   * MariaDB locks only the rows a claim returns, so a concurrent claim gets the next due jobs. H2
   * locks every row matching the WHERE before it applies the LIMIT, so a concurrent claim skips all
   * of them: still never a job twice, but no parallel claims (the demo profile runs one pool).
   */
  boolean claimsLockOnlyTheRowsTheyTake() {
    return true;
  }

  @Test
  void aClaimTakesHigherPriorityFirstThenEarlierRunAtAndOnlyDueJobsOfTheTypesAsked() {
    long lowEarly = add("provision", JobPriority.LOW, NOW.minusSeconds(60));
    long defaultLate = add("provision", JobPriority.DEFAULT, NOW.minusSeconds(1));
    long defaultEarly = add("provision", JobPriority.DEFAULT, NOW.minusSeconds(30));
    long high = add("provision", JobPriority.HIGH, NOW);
    add("provision", JobPriority.HIGH, NOW.plusSeconds(1));
    add("cleanup", JobPriority.HIGH, NOW.minusSeconds(60));

    List<Job> claimed = store.claim(claim("pool-a#1", Map.of("provision", 3))).block();

    assertThat(claimed).extracting(Job::id).containsExactly(high, defaultEarly, defaultLate);
    assertThat(claimed)
        .allSatisfy(
            job -> {
              assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
              assertThat(job.attempts()).isEqualTo(1);
              assertThat(job.leaseOwner()).isEqualTo("pool-a#1");
              assertThat(job.leaseExpiresAt()).isEqualTo(NOW.plus(LEASE));
            });
    assertThat(store.claim(claim("pool-a#2", Map.of("provision", 3))).block())
        .extracting(Job::id)
        .containsExactly(lowEarly);
  }

  @Test
  void aHigherPriorityJobWaitingForRoomHoldsBackLowerPrioritiesOfTheSamePool() {
    add("provision", JobPriority.HIGH, NOW.minusSeconds(5));
    long mail = add("mail", JobPriority.DEFAULT, NOW.minusSeconds(60));
    Set<String> pool = Set.of("provision", "mail");

    List<Job> heldBack = store.claim(claim("pool-a#1", Map.of("mail", 2), pool)).block();
    List<Job> otherPool = store.claim(claim("pool-b#1", Map.of("mail", 2))).block();

    assertThat(heldBack).isEmpty();
    assertThat(otherPool)
        .as("a pool that does not run provision")
        .extracting(Job::id)
        .containsExactly(mail);
  }

  @Test
  void withoutABacklogAboveItALowerPriorityIsClaimedInTheSameClaim() {
    long provision = add("provision", JobPriority.HIGH, NOW);
    long mail = add("mail", JobPriority.DEFAULT, NOW.minusSeconds(60));
    long backlogged = add("provision", JobPriority.HIGH, NOW);
    Set<String> pool = Set.of("provision", "mail");

    List<Job> first =
        store.claim(claim("pool-a#1", Map.of("provision", 1, "mail", 1), pool)).block();
    List<Job> second =
        store.claim(claim("pool-a#2", Map.of("provision", 2, "mail", 1), pool)).block();

    assertThat(first)
        .as("one HIGH left waiting: the mail waits too")
        .extracting(Job::id)
        .containsExactly(provision);
    assertThat(second).extracting(Job::id).containsExactly(backlogged, mail);
  }

  @Test
  void twoOpenClaimsGetDifferentJobsAndTheSecondDoesNotWaitForTheFirst() {
    for (int i = 0; i < 4; i++) {
      add("provision", JobPriority.HIGH, NOW.minusSeconds(10 - i));
    }
    Sinks.Empty<Void> firstMayCommit = Sinks.empty();
    Sinks.One<List<Job>> firstClaimed = Sinks.one();
    TransactionalOperator.create(transactionManager)
        .transactional(
            store
                .claim(claim("pool-a#1", Map.of("provision", 2)))
                .doOnNext(firstClaimed::tryEmitValue)
                .delayUntil(jobs -> firstMayCommit.asMono()))
        .subscribeOn(Schedulers.boundedElastic())
        .subscribe();
    List<Job> first = firstClaimed.asMono().block(Duration.ofSeconds(10));

    List<Job> second =
        store.claim(claim("pool-b#1", Map.of("provision", 4))).block(Duration.ofSeconds(5));
    firstMayCommit.tryEmitEmpty();

    assertThat(first).hasSize(2);
    assertThat(second).extracting(Job::id).doesNotContainAnyElementsOf(ids(first));
    if (claimsLockOnlyTheRowsTheyTake()) {
      assertThat(second).hasSize(2);
    }
  }

  @Test
  void aWorkerThatNoLongerHoldsTheLeaseCannotRecordAnything() {
    long id = add("provision", JobPriority.HIGH, NOW);
    store.claim(claim("pool-a#1", Map.of("provision", 1))).block();

    assertThat(store.complete(id, "pool-b#9", NOW).block()).isFalse();
    assertThat(store.markDead(id, "pool-b#9", "nope", NOW).block()).isFalse();
    assertThat(store.extendLease(id, "pool-b#9", NOW.plus(LEASE), NOW).block()).isFalse();
    assertThat(store.extendLease(id, "pool-a#1", NOW.plusSeconds(90), NOW).block()).isTrue();
    assertThat(store.complete(id, "pool-a#1", NOW).block()).isTrue();
    assertThat(store.complete(id, "pool-a#1", NOW).block()).as("only once").isFalse();
    assertThat(store.find(id).block().status()).isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void anExpiredLeaseIsRecoveredAsQueuedAndOnlyAfterAnExtraLastRunAsDead() {
    long retried = add("provision", JobPriority.HIGH, NOW);
    store.claim(claim("pool-a#1", Map.of("provision", 1))).block();
    long exhausted = add("provision", JobPriority.HIGH, NOW);
    for (int attempt = 1; attempt <= 4; attempt++) {
      store.claim(claim("pool-b#" + attempt, Map.of("provision", 1))).block();
      if (attempt < 4) {
        store.reschedule(exhausted, "pool-b#" + attempt, NOW, "panel down", NOW).block();
      }
    }

    assertThat(store.recoverExpiredLeases(NOW.plus(LEASE)).block()).as("not yet").isZero();
    assertThat(store.recoverExpiredLeases(NOW.plus(LEASE).plusMillis(1)).block()).isEqualTo(2);

    Job queued = store.find(retried).block();
    assertThat(queued.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(queued.attempts()).isEqualTo(1);
    assertThat(queued.leaseOwner()).isNull();
    assertThat(queued.lastError()).contains("pool-a#1").contains("expired");
    Job dead = store.find(exhausted).block();
    assertThat(dead.status()).as("its extra last run (4 of 3) died too").isEqualTo(JobStatus.DEAD);
    assertThat(dead.lastError()).contains("pool-b#4");
  }

  @Test
  void aJobWhoseWorkerDiedOnItsLastTryGetsOneMoreRunThatKnowsItIsTheLast() {
    long id = add("provision", JobPriority.HIGH, NOW);
    for (int attempt = 1; attempt <= 3; attempt++) {
      store.claim(claim("pool-a#" + attempt, Map.of("provision", 1))).block();
      if (attempt < 3) {
        store.reschedule(id, "pool-a#" + attempt, NOW, "panel down", NOW).block();
      }
    }

    Instant later = NOW.plus(LEASE).plusMillis(1);
    store.recoverExpiredLeases(later).block();
    List<Job> extra =
        store
            .claim(new JobClaim("pool-b#1", Map.of("provision", 1), later, later.plus(LEASE)))
            .block();

    assertThat(extra)
        .singleElement()
        .satisfies(
            job -> {
              assertThat(job.attempts()).isEqualTo(4);
              assertThat(job.isLastAttempt()).isTrue();
            });
  }

  @Test
  void deadJobsAreListedNewestFirstWithTheirErrorAndARevivedOneIsDueAgainWithFreshTries() {
    long older = add("provision", JobPriority.HIGH, NOW);
    long newer = add("provision", JobPriority.HIGH, NOW);
    add("provision", JobPriority.HIGH, NOW.plusSeconds(60));
    store.claim(claim("pool-a#1", Map.of("provision", 2))).block();
    store.markDead(older, "pool-a#1", "x".repeat(5000), NOW).block();
    store.markDead(newer, "pool-a#1", "no such plan", NOW).block();

    var page = store.list(JobFilter.status(JobStatus.DEAD), new PageRequest(0, 1)).block();

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(Job::id).containsExactly(newer);
    assertThat(page.items().get(0).lastError()).isEqualTo("no such plan");
    assertThat(store.find(older).block().lastError()).hasSize(4000);
    assertThat(store.revive(newer, NOW.plusSeconds(5)).block()).isTrue();
    assertThat(store.revive(newer, NOW.plusSeconds(5)).block()).as("not DEAD now").isFalse();
    Job revived = store.find(newer).block();
    assertThat(revived.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(revived.attempts()).isZero();
    assertThat(revived.runAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(store.countOpen().block())
        .containsExactlyInAnyOrder(
            new JobCount("provision", JobStatus.QUEUED, 2),
            new JobCount("provision", JobStatus.DEAD, 1));
  }

  @Test
  void aReleasedJobIsDueAtOnceAndItsTryIsNotCounted() {
    long id = add("provision", JobPriority.HIGH, NOW);
    store.claim(claim("pool-a#1", Map.of("provision", 1))).block();

    assertThat(store.release(id, "pool-a#1", NOW.plusSeconds(3)).block()).isTrue();

    Job released = store.find(id).block();
    assertThat(released.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(released.attempts()).isZero();
    assertThat(released.runAt()).isEqualTo(NOW.plusSeconds(3));
  }

  private long add(String type, JobPriority priority, Instant runAt) {
    queue.enqueue(aJob(type).withPriority(priority).dueAt(runAt).build()).block();
    return db.sql("SELECT MAX(id) AS id FROM jobs")
        .map(row -> row.get("id", Long.class))
        .one()
        .block();
  }

  private static JobClaim claim(String owner, Map<String, Integer> capacity) {
    return new JobClaim(owner, capacity, NOW, NOW.plus(LEASE));
  }

  /** A claim by a pool that also runs types it has no room for now. */
  private static JobClaim claim(String owner, Map<String, Integer> capacity, Set<String> pool) {
    return new JobClaim(owner, capacity, pool, NOW, NOW.plus(LEASE));
  }

  private static List<Long> ids(List<Job> jobs) {
    return jobs.stream().map(Job::id).toList();
  }
}
