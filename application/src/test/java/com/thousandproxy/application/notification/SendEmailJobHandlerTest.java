package com.thousandproxy.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class SendEmailJobHandlerTest {

  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  private static final NewJob EXPIRED =
      SendEmailJobHandler.job(
          new UserId(3),
          EmailTemplates.expired(NotifyExpiringJobHandlerTest.SHOWN),
          "email:expired:1:0",
          NOW);

  private final List<EmailMessage> sent = new ArrayList<>();

  private JobResult run(SendEmailJobHandler handler) {
    return handler.handle(MailJobs.job(SendEmailJobHandler.TYPE, EXPIRED.arguments(), NOW)).block();
  }

  @Test
  void the_mail_goes_to_the_customers_address_of_the_moment_it_is_sent() {
    JobResult result =
        run(
            new SendEmailJobHandler(
                m -> Mono.fromRunnable(() -> sent.add(m)),
                user -> Mono.just("user" + user.value() + "@example.com")));

    assertThat(result).isEqualTo(JobResult.done());
    assertThat(sent)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.to()).isEqualTo("user3@example.com");
              assertThat(m.subject()).isEqualTo("Your 1000proxy service has expired");
              assertThat(m.text()).contains("https://1000proxy.test/sub/tok-1");
            });
  }

  @Test
  void a_mail_server_that_is_down_makes_the_job_try_again_later() {
    JobResult result =
        run(
            new SendEmailJobHandler(
                m -> Mono.error(new IllegalStateException("smtp down")),
                user -> Mono.just("a@example.com")));

    assertThat(result).isInstanceOf(JobResult.RetryLater.class);
  }

  @Test
  void a_customer_without_an_address_fails_for_good_instead_of_retrying() {
    JobResult result =
        run(
            new SendEmailJobHandler(
                m -> Mono.fromRunnable(() -> sent.add(m)), user -> Mono.empty()));

    assertThat(result).isInstanceOf(JobResult.Failed.class);
    assertThat(((JobResult.Failed) result).permanent()).isTrue();
    assertThat(sent).isEmpty();
  }
}
