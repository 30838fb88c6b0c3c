package com.thousandproxy.application.notification;

import java.util.Map;
import java.util.Objects;

/** One e-mail to one customer, as plain text and as HTML. */
public record EmailMessage(String to, String subject, String text, String html) {

  public EmailMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
  }

  /** The job arguments that carry this message. */
  public Map<String, String> asArguments() {
    return Map.of("to", to, "subject", subject, "text", text, "html", html);
  }

  public static EmailMessage fromArguments(Map<String, String> arguments) {
    return new EmailMessage(
        arguments.get("to"),
        arguments.get("subject"),
        arguments.get("text"),
        arguments.get("html"));
  }
}
