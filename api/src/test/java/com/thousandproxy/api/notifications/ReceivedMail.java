package com.thousandproxy.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** One received mail as its plain-text and HTML parts. */
record ReceivedMail(String subject, String text, String html) {

  static ReceivedMail of(MimeMessage message) {
    try {
      StringBuilder text = new StringBuilder();
      StringBuilder html = new StringBuilder();
      collect(message, text, html);
      return new ReceivedMail(message.getSubject(), text.toString(), html.toString());
    } catch (Exception e) {
      throw new IllegalStateException("unreadable mail", e);
    }
  }

  private static void collect(Part part, StringBuilder text, StringBuilder html) throws Exception {
    if (part.isMimeType("text/plain")) {
      text.append(part.getContent());
    } else if (part.isMimeType("text/html")) {
      html.append(part.getContent());
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, text, html);
      }
    }
  }

  /** Both parts show every link and the subscription URL; the HTML escaped. */
  void assertShows(List<String> links, String subscriptionUrl) {
    assertThat(subscriptionUrl).isNotBlank();
    assertThat(text).as("plain text of '%s'", subject).contains(subscriptionUrl);
    assertThat(html)
        .as("HTML of '%s'", subject)
        .contains("<a href=\"" + escape(subscriptionUrl) + "\">");
    for (String link : links) {
      assertThat(text).as("plain text of '%s'", subject).contains(link);
      assertThat(html).as("HTML of '%s'", subject).contains("<code>" + escape(link) + "</code>");
    }
  }

  private static String escape(String value) {
    return value
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
