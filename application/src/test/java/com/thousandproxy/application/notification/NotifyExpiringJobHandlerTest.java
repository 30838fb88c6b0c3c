package com.thousandproxy.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

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
  static final MailedClient SHOWN =
      new MailedClient(
          "Germany 30 days (DE)",
          List.of("vless://uuid-1@de.example:443?type=tcp#DE"),
          "https://1000proxy.test/sub/tok-1");

  private final List<NewJob> queued = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final QueuedClientNotices notices =
      new QueuedClientNotices(
          id -> Mono.just(SHOWN),
          job -> {
            boolean added = keys.add(job.dedupKey());
            if (added) {
              queued.add(job);
            }
            return Mono.just(added);
          },
          clock);

  private NotifyExpiringJobHandler handler(List<StoredClient> expiring) {
    return new NotifyExpiringJobHandler((from, to) -> Flux.fromIterable(expiring), notices, clock);
  }

  private static StoredClient client(Instant expiresAt) {
    return ClientTestData.aClient().expiringAt(expiresAt).build();
  }

  @Test
  void
      a_client_expiring_within_three_days_gets_one_mail_with_its_links_however_often_the_scan_runs() {
    NotifyExpiringJobHandler handler = handler(List.of(client(NOW.plus(Duration.ofDays(2)))));

    handler.handle(MailJobs.job(NotifyExpiringJobHandler.TYPE, Map.of(), NOW)).block();
    handler.handle(MailJobs.job(NotifyExpiringJobHandler.TYPE, Map.of(), NOW)).block();

    assertThat(queued)
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.type()).isEqualTo(SendEmailJobHandler.TYPE);
              assertThat(j.arguments()).containsEntry("userId", "3");
              assertThat(j.arguments().get("subject")).contains("2026-03-03 08:00 UTC");
              assertThat(j.arguments().get("text"))
                  .contains("vless://uuid-1@de.example:443?type=tcp#DE")
                  .contains("https://1000proxy.test/sub/tok-1");
              assertThat(j.arguments().get("html"))
                  .contains("<code>vless://uuid-1@de.example:443?type=tcp#DE</code>")
                  .contains("<a href=\"https://1000proxy.test/sub/tok-1\">");
            });
  }

  @Test
  void an_expired_client_gets_one_expired_mail_with_its_links_per_expiry() {
    StoredClient expired = client(NOW.minusSeconds(60));

    notices.clientExpired(expired).block();
    notices.clientExpired(expired).block();

    assertThat(queued)
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.dedupKey()).isEqualTo("email:expired:1:" + (NOW.getEpochSecond() - 60));
              assertThat(j.arguments().get("subject"))
                  .isEqualTo("Your 1000proxy service has expired");
              assertThat(j.arguments().get("text"))
                  .contains("vless://uuid-1@de.example:443?type=tcp#DE")
                  .contains("https://1000proxy.test/sub/tok-1");
            });
  }

  @Test
  void the_daily_scan_is_one_job_per_utc_day() {
    assertThat(NotifyExpiringJobHandler.daily(NOW).dedupKey())
        .isEqualTo(NotifyExpiringJobHandler.daily(NOW.plusSeconds(3600)).dedupKey())
        .isNotEqualTo(NotifyExpiringJobHandler.daily(NOW.plus(Duration.ofDays(1))).dedupKey());
  }
}
