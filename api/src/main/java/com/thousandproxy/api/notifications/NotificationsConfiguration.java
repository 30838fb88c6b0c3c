package com.thousandproxy.api.notifications;

import com.thousandproxy.adapters.notifications.LoggingEmailSender;
import com.thousandproxy.adapters.notifications.SmtpEmailSender;
import com.thousandproxy.adapters.persistence.lifecycle.R2dbcLifecycleClients;
import com.thousandproxy.adapters.persistence.lifecycle.R2dbcRecipients;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcServerClientRepository;
import com.thousandproxy.api.payment.PeriodicTask;
import com.thousandproxy.application.delivery.DeliveryLinks;
import com.thousandproxy.application.delivery.port.out.DeliveryRecords;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.notification.DeliveryMailedClients;
import com.thousandproxy.application.notification.MailedClients;
import com.thousandproxy.application.notification.NotifyExpiringJobHandler;
import com.thousandproxy.application.notification.QueuedClientNotices;
import com.thousandproxy.application.notification.QueuedCustomerNotifier;
import com.thousandproxy.application.notification.SendEmailJobHandler;
import com.thousandproxy.application.notification.port.out.EmailSender;
import com.thousandproxy.application.provisioning.SubscriptionTokens;
import com.thousandproxy.application.provisioning.port.out.CustomerNotifier;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Customer e-mail: every notice is a {@code send-email} job, and a daily job mails the clients that
 * expire within three days. The jobs go out over SMTP ({@code spring.mail.*}) when {@code
 * app.mail.enabled} is true outside the demo; otherwise they are written to the {@code
 * notifications} log (whole in the demo, subject only elsewhere).
 */
@Configuration(proxyBeanMethods = false)
public class NotificationsConfiguration {

  @Bean
  @Fallback
  EmailSender loggingEmailSender(Environment environment) {
    return new LoggingEmailSender(environment.matchesProfiles("demo"));
  }

  @Bean
  @Profile("!demo")
  @ConditionalOnProperty(name = "app.mail.enabled", havingValue = "true")
  EmailSender smtpEmailSender(
      JavaMailSender mail, @Value("${app.mail.from:1000proxy <no-reply@localhost>}") String from) {
    return new SmtpEmailSender(mail, from);
  }

  @Bean
  SendEmailJobHandler sendEmailJobHandler(EmailSender sender, DatabaseClient db) {
    return new SendEmailJobHandler(sender, new R2dbcRecipients(db));
  }

  @Bean
  MailedClients mailedClients(
      DeliveryRecords records, DeliveryLinks links, SubscriptionTokens tokens) {
    return new DeliveryMailedClients(records, links, tokens);
  }

  @Bean
  CustomerNotifier emailCustomerNotifier(
      DatabaseClient db, MailedClients mailed, JobQueue queue, Clock clock) {
    return new QueuedCustomerNotifier(new R2dbcServerClientRepository(db), mailed, queue, clock);
  }

  /** The expiring-soon and expired mails; also the expiry job's {@code ExpiryNotifier}. */
  @Bean
  QueuedClientNotices clientNotices(MailedClients mailed, JobQueue queue, Clock clock) {
    return new QueuedClientNotices(mailed, queue, clock);
  }

  @Bean
  NotifyExpiringJobHandler notifyExpiringJobHandler(
      DatabaseClient db, QueuedClientNotices notices, Clock clock) {
    return new NotifyExpiringJobHandler(new R2dbcLifecycleClients(db), notices, clock);
  }

  /** Every hour each instance enqueues today's scan; the dedup key lets one per day through. */
  @Bean
  @ConditionalOnProperty(name = "app.lifecycle.enabled", matchIfMissing = true)
  PeriodicTask expiringScanTick(JobQueue queue, Clock clock) {
    return new PeriodicTask(
        "expiring-soon scan",
        Duration.ofMinutes(1),
        Duration.ofHours(1),
        () -> queue.enqueue(NotifyExpiringJobHandler.daily(clock.instant())));
  }
}
