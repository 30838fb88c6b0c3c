package com.thousandproxy.application.notification;

import java.util.Objects;

/** One e-mail to one address, as plain text and as HTML. */
public record EmailMessage(String to, String subject, String text, String html) {

  public EmailMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
  }

  public static EmailMessage of(String to, EmailContent content) {
    return new EmailMessage(to, content.subject(), content.text(), content.html());
  }
}
