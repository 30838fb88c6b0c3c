package com.thousandproxy.application.notification;

import static com.thousandproxy.application.shared.HtmlText.escape;

import java.util.List;
import java.util.stream.Collectors;

/** The part of a mail that lists clients: name, subscription URL and share links of each. */
final class ClientBlocks {

  private ClientBlocks() {}

  static String text(List<MailedClient> clients) {
    return clients.stream().map(ClientBlocks::text).collect(Collectors.joining("\n"));
  }

  static String html(List<MailedClient> clients) {
    return clients.stream().map(ClientBlocks::html).collect(Collectors.joining());
  }

  static String text(MailedClient client) {
    StringBuilder out = new StringBuilder(client.name()).append('\n');
    if (client.subscriptionUrl() != null) {
      out.append("Subscription URL: ").append(client.subscriptionUrl()).append('\n');
    }
    if (!client.links().isEmpty()) {
      out.append("Links:\n");
      client.links().forEach(link -> out.append(link).append('\n'));
    }
    return out.toString();
  }

  static String html(MailedClient client) {
    StringBuilder out = new StringBuilder("<h3>").append(escape(client.name())).append("</h3>");
    if (client.subscriptionUrl() != null) {
      String url = escape(client.subscriptionUrl());
      out.append("<p>Subscription URL: <a href=\"")
          .append(url)
          .append("\">")
          .append(url)
          .append("</a></p>");
    }
    if (!client.links().isEmpty()) {
      out.append("<p>Links:</p><ul>");
      client
          .links()
          .forEach(link -> out.append("<li><code>").append(escape(link)).append("</code></li>"));
      out.append("</ul>");
    }
    return out.toString();
  }
}
