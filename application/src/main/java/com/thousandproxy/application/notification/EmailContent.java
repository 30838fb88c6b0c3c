package com.thousandproxy.application.notification;

import java.util.Objects;

/** What one e-mail says, as plain text and as HTML, before it is addressed to anyone. */
public record EmailContent(String subject, String text, String html) {

  public EmailContent {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
  }
}
