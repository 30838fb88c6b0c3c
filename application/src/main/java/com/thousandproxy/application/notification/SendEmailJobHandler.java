package com.thousandproxy.application.notification;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.notification.port.out.EmailSender;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Runs {@code send-email}: every customer e-mail goes through the job queue, so a mail server that
 * is down delays a message (tried again with backoff) instead of losing it.
 */
public final class SendEmailJobHandler implements JobHandler {

  public static final String TYPE = "send-email";

  private final EmailSender sender;

  public SendEmailJobHandler(EmailSender sender) {
    this.sender = sender;
  }

  /** The job for one message; the dedup key makes a repeated notice send it once. */
  public static NewJob job(EmailMessage message, String dedupKey, Instant now) {
    return new NewJob(TYPE, message.asArguments(), JobPriority.DEFAULT, now, dedupKey);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Mono<JobResult> handle(Job job) {
    return sender
        .send(EmailMessage.fromArguments(job.arguments()))
        .thenReturn(JobResult.done())
        .onErrorResume(e -> Mono.just(JobResult.retryLater("mail not sent: " + e.getMessage())));
  }
}
