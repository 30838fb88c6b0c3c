package com.thousandproxy.application.notification;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.notification.port.out.ExpiringClients;
import com.thousandproxy.application.notification.port.out.Recipients;
import com.thousandproxy.application.provisioning.StoredClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Runs {@code notify-expiring}, once a day: every active client expiring within three days gets one
 * "expiring soon" e-mail per expiry date (the dedup key names the client and its expiry).
 */
public final class NotifyExpiringJobHandler implements JobHandler {

  public static final String TYPE = "notify-expiring";
  static final Duration AHEAD = Duration.ofDays(3);

  private final ExpiringClients expiring;
  private final Recipients recipients;
  private final JobQueue queue;
  private final Clock clock;

  public NotifyExpiringJobHandler(
      ExpiringClients expiring, Recipients recipients, JobQueue queue, Clock clock) {
    this.expiring = expiring;
    this.recipients = recipients;
    this.queue = queue;
    this.clock = clock;
  }

  /** Today's scan; enqueuing it again the same UTC day is a no-op. */
  public static NewJob daily(Instant now) {
    long day = now.getEpochSecond() / 86_400;
    return new NewJob(TYPE, Map.of(), JobPriority.LOW, now, TYPE + ":" + day);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Mono<JobResult> handle(Job job) {
    Instant now = clock.instant();
    return expiring
        .activeExpiringBetween(now, now.plus(AHEAD))
        .concatMap(this::notice)
        .then(Mono.just(JobResult.done()));
  }

  private Mono<Boolean> notice(StoredClient client) {
    return recipients
        .emailOf(client.userId())
        .flatMap(
            to ->
                queue.enqueue(
                    SendEmailJobHandler.job(
                        EmailTemplates.expiringSoon(to, client.email(), client.expiresAt()),
                        "email:expiring:"
                            + client.id().value()
                            + ":"
                            + client.expiresAt().getEpochSecond(),
                        clock.instant())));
  }
}
