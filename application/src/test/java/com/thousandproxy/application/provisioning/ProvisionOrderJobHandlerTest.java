package com.thousandproxy.application.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.JobStatus;
import com.thousandproxy.domain.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class ProvisionOrderJobHandlerTest {

  private final List<ProvisionOrderCommand> commands = new ArrayList<>();
  private ProvisioningOutcome answer = new ProvisioningOutcome.Delivered(1);
  private final ProvisionOrderJobHandler handler =
      new ProvisionOrderJobHandler(
          command -> {
            commands.add(command);
            return Mono.just(answer);
          });

  private static Job job(String orderId, int attempts, int maxAttempts) {
    return new Job(
        1,
        "provision-order",
        Map.of("orderId", orderId),
        JobPriority.HIGH,
        JobStatus.RUNNING,
        attempts,
        maxAttempts,
        Instant.EPOCH,
        "pool#1",
        Instant.EPOCH,
        null,
        Instant.EPOCH,
        Instant.EPOCH);
  }

  @Test
  void it_handles_provision_order_jobs_and_tells_the_use_case_about_the_last_try() {
    handler.handle(job("42", 1, 5)).block();
    handler.handle(job("42", 5, 5)).block();

    assertThat(handler.type()).isEqualTo("provision-order");
    assertThat(commands)
        .extracting(ProvisionOrderCommand::lastAttempt)
        .containsExactly(false, true);
    assertThat(commands.get(0).orderId().value()).isEqualTo(42);
  }

  @Test
  void each_outcome_becomes_the_matching_job_result() {
    assertThat(handler.handle(job("1", 1, 5)).block()).isEqualTo(JobResult.done());
    answer = new ProvisioningOutcome.NothingToDo("order is COMPLETED");
    assertThat(handler.handle(job("1", 1, 5)).block()).isEqualTo(JobResult.done());
    answer = new ProvisioningOutcome.RetryLater("panel down");
    assertThat(handler.handle(job("1", 1, 5)).block())
        .isEqualTo(JobResult.retryLater("panel down"));
    answer = new ProvisioningOutcome.GaveUp("panel down", Money.of("9.00", "USD"));
    assertThat(handler.handle(job("1", 5, 5)).block())
        .isEqualTo(JobResult.failedPermanently("panel down (refunded 9.00)"));
  }

  @Test
  void a_job_without_a_usable_order_id_fails_for_good() {
    JobResult result = handler.handle(job("abc", 1, 5)).block();

    assertThat(result).isInstanceOf(JobResult.Failed.class);
    assertThat(((JobResult.Failed) result).permanent()).isTrue();
    assertThat(commands).isEmpty();
  }
}
