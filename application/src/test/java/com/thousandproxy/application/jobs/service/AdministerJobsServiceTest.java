package com.thousandproxy.application.jobs.service;

import static com.thousandproxy.application.jobs.service.InMemoryJobStore.newJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.jobs.JobNotFoundException;
import com.thousandproxy.application.jobs.JobNotRetryableException;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.JobRunnerSettings;
import com.thousandproxy.application.jobs.JobStatus;
import com.thousandproxy.application.jobs.RetryJobCommand;
import com.thousandproxy.domain.identity.Caller;
import com.thousandproxy.domain.identity.Role;
import com.thousandproxy.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Admins revive DEAD jobs and only those. */
class AdministerJobsServiceTest {

  private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryJobStore store = new InMemoryJobStore();
  private final List<AuditEvent> audited = new CopyOnWriteArrayList<>();
  private final AdministerJobsService service =
      new AdministerJobsService(store, event -> Mono.fromRunnable(() -> audited.add(event)), clock);
  private final Caller admin = new Caller(new UserId(1), Role.ADMIN);

  @Test
  void aRetriedDeadJobIsQueuedAgainNowWithAFreshSetOfTriesItsLastErrorKeptAndTheRetryAudited() {
    long id = store.add(newJob("provision", START), 1, START);
    new JobRunner(
            store,
            List.of(ScriptedHandler.answering("provision", JobResult.failed("panel down"))),
            JobRunnerSettings.defaults("pool-a"),
            clock)
        .poll()
        .block();
    clock.advance(Duration.ofMinutes(5));

    var revived = service.retry(new RetryJobCommand(admin, id, "10.0.0.7")).block();

    assertThat(revived.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(revived.attempts()).isZero();
    assertThat(revived.runAt()).isEqualTo(clock.instant());
    assertThat(revived.lastError()).isEqualTo("panel down");
    assertThat(audited)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.action()).isEqualTo("admin.job_retried");
              assertThat(event.actor().userId()).isEqualTo(new UserId(1));
              assertThat(event.targetType()).isEqualTo("JOB");
              assertThat(event.targetId()).isEqualTo(String.valueOf(id));
              assertThat(event.details()).containsEntry("type", "provision");
              assertThat(event.ipAddress()).isEqualTo("10.0.0.7");
            });
  }

  @Test
  void retryingAJobThatIsNotDeadOrDoesNotExistIsRefused() {
    long queued = store.add(newJob("provision", START), 5, START);

    assertThatThrownBy(() -> service.retry(new RetryJobCommand(admin, queued, null)).block())
        .isInstanceOf(JobNotRetryableException.class);
    assertThatThrownBy(() -> service.retry(new RetryJobCommand(admin, 999, null)).block())
        .isInstanceOf(JobNotFoundException.class);
    assertThat(audited).isEmpty();
  }
}
