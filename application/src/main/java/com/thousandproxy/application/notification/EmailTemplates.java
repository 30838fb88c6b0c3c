package com.thousandproxy.application.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The customer e-mails as small text blocks, HTML escaped; one method per notice. */
public final class EmailTemplates {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private EmailTemplates() {}

  public static EmailMessage delivered(String to, long orderId, List<String> subscriptionUrls) {
    String text =
        """
        Your order #%d is ready.

        Import these subscription URLs into your client app:
        %s

        Thank you for choosing 1000proxy.
        """
            .formatted(orderId, String.join("\n", subscriptionUrls));
    String items =
        subscriptionUrls.stream()
            .map(url -> "<li><a href=\"" + escape(url) + "\">" + escape(url) + "</a></li>")
            .collect(Collectors.joining());
    String html =
        """
        <p>Your order #%d is ready.</p>
        <p>Import these subscription URLs into your client app:</p>
        <ul>%s</ul>
        <p>Thank you for choosing 1000proxy.</p>
        """
            .formatted(orderId, items);
    return new EmailMessage(to, "Your 1000proxy order #" + orderId + " is ready", text, html);
  }

  public static EmailMessage expiringSoon(String to, String client, Instant expiresAt) {
    String when = DATE.format(expiresAt);
    return new EmailMessage(
        to,
        "Your 1000proxy service expires on " + when,
        "Your service %s expires on %s. Renew it in your account to keep it running.\n"
            .formatted(client, when),
        "<p>Your service <b>%s</b> expires on %s. Renew it in your account to keep it running.</p>"
            .formatted(escape(client), escape(when)));
  }

  public static EmailMessage expired(String to, String client) {
    return new EmailMessage(
        to,
        "Your 1000proxy service has expired",
        "Your service %s has expired. Renew it within 7 days to keep the same links.\n"
            .formatted(client),
        "<p>Your service <b>%s</b> has expired. Renew it within 7 days to keep the same links.</p>"
            .formatted(escape(client)));
  }

  public static EmailMessage orderFailed(String to, long orderId, String refunded) {
    return new EmailMessage(
        to,
        "Your 1000proxy order #" + orderId + " could not be delivered",
        "We could not deliver order #%d; %s went back to your wallet.\n"
            .formatted(orderId, refunded),
        "<p>We could not deliver order #%d; %s went back to your wallet.</p>"
            .formatted(orderId, escape(refunded)));
  }

  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
