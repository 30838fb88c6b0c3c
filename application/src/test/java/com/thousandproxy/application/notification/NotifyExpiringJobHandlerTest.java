package com.thousandproxy.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.JobStatus;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.lifecycle.ClientTestData;
import com.thousandproxy.application.provisioning.StoredClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class NotifyExpiringJobHandlerTest {

  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  private final List<NewJob> queued = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();
  private final List<EmailMessage> sent = new ArrayList<>();

  private NotifyExpiringJobHandler handler(List<StoredClient> expiring) {
    return new NotifyExpiringJobHandler(
        (from, to) -> Flux.fromIterable(expiring),
        user -> Mono.just("buyer@example.com"),
        job -> {
          boolean added = keys.add(job.dedupKey());
          if (added) {
            queued.add(job);
          }
          return Mono.just(added);
        },
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Job job(String type, Map<String, String> arguments) {
    return new Job(
        1,
        type,
        arguments,
        JobPriority.LOW,
        JobStatus.RUNNING,
        1,
        5,
        NOW,
        "t#1",
        NOW,
        null,
        NOW,
        NOW);
  }

  private static StoredClient client(Instant expiresAt) {
    return ClientTestData.aClient().expiringAt(expiresAt).build();
  }

  @Test
  void a_client_expiring_within_three_days_gets_one_mail_however_often_the_scan_runs() {
    NotifyExpiringJobHandler handler = handler(List.of(client(NOW.plus(Duration.ofDays(2)))));

    handler.handle(job(NotifyExpiringJobHandler.TYPE, Map.of())).block();
    handler.handle(job(NotifyExpiringJobHandler.TYPE, Map.of())).block();

    assertThat(queued)
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.type()).isEqualTo(SendEmailJobHandler.TYPE);
              assertThat(j.arguments()).containsEntry("to", "buyer@example.com");
              assertThat(j.arguments().get("subject")).contains("2026-03-03 08:00 UTC");
            });
  }

  @Test
  void the_daily_scan_is_one_job_per_utc_day() {
    assertThat(NotifyExpiringJobHandler.daily(NOW).dedupKey())
        .isEqualTo(NotifyExpiringJobHandler.daily(NOW.plusSeconds(3600)).dedupKey())
        .isNotEqualTo(NotifyExpiringJobHandler.daily(NOW.plus(Duration.ofDays(1))).dedupKey());
  }

  @Test
  void a_send_email_job_hands_its_message_to_the_sender_and_retries_when_it_fails() {
    EmailMessage message = EmailTemplates.expired("buyer@example.com", "c1@1000proxy");
    Job job = job(SendEmailJobHandler.TYPE, message.asArguments());

    JobResult ok =
        new SendEmailJobHandler(m -> Mono.fromRunnable(() -> sent.add(m))).handle(job).block();
    JobResult down =
        new SendEmailJobHandler(m -> Mono.error(new IllegalStateException("smtp down")))
            .handle(job)
            .block();

    assertThat(ok).isEqualTo(JobResult.done());
    assertThat(sent).containsExactly(message);
    assertThat(down).isInstanceOf(JobResult.RetryLater.class);
  }

  @Test
  void html_is_escaped_in_every_template() {
    assertThat(EmailTemplates.expired("a@b", "<script>").html())
        .contains("&lt;script&gt;")
        .doesNotContain("<script>");
  }
}
