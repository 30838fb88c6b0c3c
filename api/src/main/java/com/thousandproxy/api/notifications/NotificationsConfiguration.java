package com.thousandproxy.api.notifications;

import com.thousandproxy.adapters.notifications.SmtpEmailSender;
import com.thousandproxy.adapters.persistence.lifecycle.R2dbcLifecycleClients;
import com.thousandproxy.adapters.persistence.lifecycle.R2dbcRecipients;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcServerClientRepository;
import com.thousandproxy.api.payment.PeriodicTask;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.notification.NotifyExpiringJobHandler;
import com.thousandproxy.application.notification.QueuedCustomerNotifier;
import com.thousandproxy.application.notification.SendEmailJobHandler;
import com.thousandproxy.application.provisioning.SubscriptionTokens;
import com.thousandproxy.application.provisioning.port.out.CustomerNotifier;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Customer e-mail over SMTP ({@code spring.mail.*}) when {@code app.mail.enabled} is true and the
 * profile is not demo: notices become {@code send-email} jobs, a daily job mails the clients that
 * expire within three days. Otherwise provisioning keeps its logging notifier.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!demo")
@ConditionalOnProperty(name = "app.mail.enabled", havingValue = "true")
public class NotificationsConfiguration {

  @Bean
  SendEmailJobHandler sendEmailJobHandler(
      JavaMailSender mail, @Value("${app.mail.from:1000proxy <no-reply@localhost>}") String from) {
    return new SendEmailJobHandler(new SmtpEmailSender(mail, from));
  }

  @Bean
  CustomerNotifier emailCustomerNotifier(
      DatabaseClient db,
      SubscriptionTokens tokens,
      @Value("${app.public-base-url}") String publicBaseUrl,
      JobQueue queue,
      Clock clock) {
    return new QueuedCustomerNotifier(
        new R2dbcRecipients(db),
        new R2dbcServerClientRepository(db),
        tokens,
        publicBaseUrl,
        queue,
        clock);
  }

  @Bean
  NotifyExpiringJobHandler notifyExpiringJobHandler(
      DatabaseClient db, JobQueue queue, Clock clock) {
    return new NotifyExpiringJobHandler(
        new R2dbcLifecycleClients(db), new R2dbcRecipients(db), queue, clock);
  }

  /** Every hour each instance enqueues today's scan; the dedup key lets one per day through. */
  @Bean
  PeriodicTask expiringScanTick(JobQueue queue, Clock clock) {
    return new PeriodicTask(
        "expiring-soon scan",
        Duration.ofMinutes(1),
        Duration.ofHours(1),
        () -> queue.enqueue(NotifyExpiringJobHandler.daily(clock.instant())));
  }
}
