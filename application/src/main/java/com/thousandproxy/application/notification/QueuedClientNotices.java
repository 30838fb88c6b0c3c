package com.thousandproxy.application.notification;

import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.lifecycle.port.out.ExpiryNotifier;
import com.thousandproxy.application.provisioning.StoredClient;
import java.time.Clock;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * The "expiring soon" and "expired" e-mails of one client as {@code send-email} jobs, with the
 * client's links and subscription URL. The dedup key names the notice, the client and its expiry,
 * so each is sent once per expiry however often it is triggered.
 */
public final class QueuedClientNotices implements ExpiryNotifier {

  private final MailedClients mailed;
  private final JobQueue queue;
  private final Clock clock;

  public QueuedClientNotices(MailedClients mailed, JobQueue queue, Clock clock) {
    this.mailed = mailed;
    this.queue = queue;
    this.clock = clock;
  }

  /** Emits true when the mail was queued now, false when it already was. */
  public Mono<Boolean> expiringSoon(StoredClient client) {
    return notice(
        client, "expiring", shown -> EmailTemplates.expiringSoon(shown, client.expiresAt()));
  }

  @Override
  public Mono<Void> clientExpired(StoredClient client) {
    return notice(client, "expired", EmailTemplates::expired).then();
  }

  private Mono<Boolean> notice(
      StoredClient client, String kind, Function<MailedClient, EmailContent> template) {
    String dedupKey =
        "email:" + kind + ":" + client.id().value() + ":" + client.expiresAt().getEpochSecond();
    return mailed
        .of(client.id())
        .flatMap(
            shown ->
                queue.enqueue(
                    SendEmailJobHandler.job(
                        client.userId(), template.apply(shown), dedupKey, clock.instant())));
  }
}
