package com.thousandproxy.adapters.notifications;

import com.thousandproxy.application.notification.EmailMessage;
import com.thousandproxy.application.notification.port.out.EmailSender;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends e-mail over SMTP with Spring's JavaMailSender (Jakarta Mail): a multipart message with the
 * plain-text and the HTML version. Jakarta Mail blocks, so each send runs on boundedElastic, off
 * the event loop.
 */
public final class SmtpEmailSender implements EmailSender {

  private final JavaMailSender mail;
  private final String from;

  public SmtpEmailSender(JavaMailSender mail, String from) {
    this.mail = mail;
    this.from = from;
  }

  @Override
  public Mono<Void> send(EmailMessage message) {
    return Mono.fromRunnable(() -> mail.send(mime(message)))
        .subscribeOn(Schedulers.boundedElastic())
        .then();
  }

  private MimeMessage mime(EmailMessage message) {
    MimeMessage mime = mail.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(message.to());
      helper.setSubject(message.subject());
      helper.setText(message.text(), message.html());
    } catch (MessagingException e) {
      throw new IllegalArgumentException("not a valid e-mail: " + e.getMessage(), e);
    }
    return mime;
  }
}
