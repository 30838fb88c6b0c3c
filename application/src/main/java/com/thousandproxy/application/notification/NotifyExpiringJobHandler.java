package com.thousandproxy.application.notification;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.notification.port.out.ExpiringClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Runs {@code notify-expiring}, once a day: every active client expiring within three days gets one
 * "expiring soon" e-mail per expiry date (the dedup key names the client and its expiry), with its
 * links and subscription URL.
 */
public final class NotifyExpiringJobHandler implements JobHandler {

  public static final String TYPE = "notify-expiring";
  static final Duration AHEAD = Duration.ofDays(3);

  private final ExpiringClients expiring;
  private final QueuedClientNotices notices;
  private final Clock clock;

  public NotifyExpiringJobHandler(
      ExpiringClients expiring, QueuedClientNotices notices, Clock clock) {
    this.expiring = expiring;
    this.notices = notices;
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
        .concatMap(notices::expiringSoon)
        .then(Mono.just(JobResult.done()));
  }
}
