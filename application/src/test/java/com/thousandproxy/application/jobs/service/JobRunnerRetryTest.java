package com.thousandproxy.application.jobs.service;

import static com.thousandproxy.application.jobs.service.InMemoryJobStore.newJob;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.jobs.Backoff;
import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.JobRunnerSettings;
import com.thousandproxy.application.jobs.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** What becomes of a job after each kind of result: the backoff, the tries, DEAD. */
class JobRunnerRetryTest {

  private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryJobStore store = new InMemoryJobStore();

  private JobRunner runner(JobHandler handler) {
    return new JobRunner(store, List.of(handler), JobRunnerSettings.defaults("test-pool"), clock);
  }

  private int poll(JobRunner runner) {
    return runner.poll().block();
  }

  @Test
  void aDoneJobSucceedsAfterOneTry() {
    long id = store.add(newJob("ping", START), 5, START);

    assertThat(poll(runner(ScriptedHandler.answering("ping", JobResult.done())))).isEqualTo(1);

    assertThat(store.get(id).status()).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(store.get(id).attempts()).isEqualTo(1);
  }

  @Test
  void failedTriesWaitTenThenThirtyThenSixtySecondsThenSixtyAgainUntilTheJobIsDead() {
    long id = store.add(newJob("flaky", START), 5, START);
    JobRunner runner =
        runner(ScriptedHandler.answering("flaky", JobResult.retryLater("panel down")));
    List<Duration> waits = new ArrayList<>();

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(poll(runner)).as("claimed on try %d", attempt).isEqualTo(1);
      Job job = store.get(id);
      if (job.status() == JobStatus.QUEUED) {
        Duration wait = Duration.between(clock.instant(), job.runAt());
        waits.add(wait);
        clock.advance(wait.minusMillis(1));
        assertThat(poll(runner)).as("not due before its backoff").isZero();
        clock.advance(Duration.ofMillis(1));
      }
    }

    assertThat(waits)
        .containsExactly(
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            Duration.ofSeconds(60),
            Duration.ofSeconds(60));
    Job dead = store.get(id);
    assertThat(dead.status()).isEqualTo(JobStatus.DEAD);
    assertThat(dead.attempts()).isEqualTo(5);
    assertThat(dead.lastError()).isEqualTo("panel down");
  }

  @Test
  void aJobThatFailsItsLastTryIsDeadWithThatError() {
    long id = store.add(newJob("flaky", START), 2, START);
    JobRunner runner = runner(ScriptedHandler.answering("flaky", JobResult.failed("boom")));

    poll(runner);
    clock.advance(Duration.ofSeconds(10));
    poll(runner);

    assertThat(store.get(id).status()).isEqualTo(JobStatus.DEAD);
    assertThat(store.get(id).attempts()).isEqualTo(2);
    assertThat(store.get(id).lastError()).isEqualTo("boom");
  }

  @Test
  void aPermanentFailureMakesTheJobDeadAtOnce() {
    long id = store.add(newJob("provision", START), 5, START);

    poll(runner(ScriptedHandler.answering("provision", JobResult.failedPermanently("no plan"))));

    assertThat(store.get(id).status()).isEqualTo(JobStatus.DEAD);
    assertThat(store.get(id).attempts()).isEqualTo(1);
    assertThat(store.get(id).lastError()).isEqualTo("no plan");
  }

  @Test
  void aHandlerErrorOrAnEmptyResultCountsAsAFailedTryWithTheErrorKept() {
    long throwing = store.add(newJob("throws", START), 5, START);
    long empty = store.add(newJob("empty", START), 5, START);
    JobHandler throwingHandler =
        ScriptedHandler.running(
            "throws",
            job -> {
              throw new IllegalStateException("bad arguments");
            });
    JobHandler emptyHandler = ScriptedHandler.running("empty", job -> Mono.empty());

    poll(new JobRunner(store, List.of(throwingHandler, emptyHandler), settings(), clock));

    assertThat(store.get(throwing).status()).isEqualTo(JobStatus.QUEUED);
    assertThat(store.get(throwing).lastError()).isEqualTo("IllegalStateException: bad arguments");
    assertThat(store.get(empty).status()).isEqualTo(JobStatus.QUEUED);
    assertThat(store.get(empty).lastError()).isEqualTo("the handler gave no result");
  }

  @Test
  void aJobWhoseRunOutlastsTheTimeoutCountsAsAFailedTry() {
    long id = store.add(newJob("slow", START), 5, START);
    JobHandler slow = ScriptedHandler.running("slow", job -> Mono.never());
    JobRunnerSettings settings = settings().withBackoff(Backoff.DEFAULT, Duration.ofMillis(100));

    new JobRunner(store, List.of(slow), settings, clock).poll().block();

    Eventually.await("the run times out", () -> store.get(id).status() != JobStatus.RUNNING);
    assertThat(store.get(id).status()).isEqualTo(JobStatus.QUEUED);
    assertThat(store.get(id).lastError()).isEqualTo("timed out after PT0.1S");
  }

  private static JobRunnerSettings settings() {
    return JobRunnerSettings.defaults("test-pool");
  }
}
