package com.thousandproxy.adapters.notifications;

import com.thousandproxy.application.notification.EmailMessage;
import com.thousandproxy.application.notification.port.out.EmailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Writes e-mails to the {@code notifications} log instead of sending them (the demo, or no mail
 * server configured). The body carries subscription URLs, which are secrets: it is logged only when
 * {@code withBodies} says so (the demo).
 */
public final class LoggingEmailSender implements EmailSender {

  private static final Logger LOG = LoggerFactory.getLogger("notifications");

  private final boolean withBodies;

  public LoggingEmailSender(boolean withBodies) {
    this.withBodies = withBodies;
  }

  @Override
  public Mono<Void> send(EmailMessage message) {
    return Mono.fromRunnable(
        () -> {
          if (withBodies) {
            LOG.info("mail to {}: {}\n{}", message.to(), message.subject(), message.text());
          } else {
            LOG.info(
                "mail to {} not sent (app.mail.enabled=false): {}",
                message.to(),
                message.subject());
          }
        });
  }
}
