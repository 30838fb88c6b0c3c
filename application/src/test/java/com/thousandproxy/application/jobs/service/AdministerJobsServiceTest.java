package com.thousandproxy.application.jobs.service;

import static com.thousandproxy.application.jobs.service.InMemoryJobStore.newJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.application.jobs.JobNotFoundException;
import com.thousandproxy.application.jobs.JobNotRetryableException;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.JobRunnerSettings;
import com.thousandproxy.application.jobs.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Admins revive DEAD jobs and only those. */
class AdministerJobsServiceTest {

  private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryJobStore store = new InMemoryJobStore();
  private final AdministerJobsService service = new AdministerJobsService(store, clock);

  @Test
  void aRetriedDeadJobIsQueuedAgainNowWithAFreshSetOfTriesAndItsLastErrorKept() {
    long id = store.add(newJob("provision", START), 1, START);
    new JobRunner(
            store,
            List.of(ScriptedHandler.answering("provision", JobResult.failed("panel down"))),
            JobRunnerSettings.defaults("pool-a"),
            clock)
        .poll()
        .block();
    clock.advance(Duration.ofMinutes(5));

    var revived = service.retry(id).block();

    assertThat(revived.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(revived.attempts()).isZero();
    assertThat(revived.runAt()).isEqualTo(clock.instant());
    assertThat(revived.lastError()).isEqualTo("panel down");
  }

  @Test
  void retryingAJobThatIsNotDeadOrDoesNotExistIsRefused() {
    long queued = store.add(newJob("provision", START), 5, START);

    assertThatThrownBy(() -> service.retry(queued).block())
        .isInstanceOf(JobNotRetryableException.class);
    assertThatThrownBy(() -> service.retry(999).block()).isInstanceOf(JobNotFoundException.class);
  }
}
