package com.thousandproxy.application.notification;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.notification.port.out.EmailSender;
import com.thousandproxy.application.notification.port.out.Recipients;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Runs {@code send-email}: every customer e-mail goes through the job queue, so a mail server that
 * is down delays a message (tried again with backoff) instead of losing it. A job names the
 * customer, not an address: the address is the account's when the mail goes out, which also lets a
 * notice be enqueued inside a transaction without reading the user first.
 */
public final class SendEmailJobHandler implements JobHandler {

  public static final String TYPE = "send-email";

  private final EmailSender sender;
  private final Recipients recipients;

  public SendEmailJobHandler(EmailSender sender, Recipients recipients) {
    this.sender = sender;
    this.recipients = recipients;
  }

  /** The job for one notice to a customer; the dedup key makes a repeated notice send it once. */
  public static NewJob job(UserId to, EmailContent content, String dedupKey, Instant now) {
    return new NewJob(
        TYPE,
        Map.of(
            "userId",
            Long.toString(to.value()),
            "subject",
            content.subject(),
            "text",
            content.text(),
            "html",
            content.html()),
        JobPriority.DEFAULT,
        now,
        dedupKey);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Mono<JobResult> handle(Job job) {
    Map<String, String> arguments = job.arguments();
    EmailContent content =
        new EmailContent(arguments.get("subject"), arguments.get("text"), arguments.get("html"));
    UserId userId = new UserId(Long.parseLong(arguments.get("userId")));
    return recipients
        .emailOf(userId)
        .flatMap(to -> send(EmailMessage.of(to, content)))
        .defaultIfEmpty(
            JobResult.failedPermanently("user " + userId.value() + " has no e-mail address"));
  }

  private Mono<JobResult> send(EmailMessage message) {
    return sender
        .send(message)
        .thenReturn(JobResult.done())
        .onErrorResume(e -> Mono.just(JobResult.retryLater("mail not sent: " + e.getMessage())));
  }
}
