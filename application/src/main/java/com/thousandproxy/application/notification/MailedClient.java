package com.thousandproxy.application.notification;

import java.util.List;
import java.util.Objects;

/**
 * One client as an e-mail shows it: a name the customer recognises, the share links the client page
 * shows and the subscription URL (null when the client has no token).
 */
public record MailedClient(String name, List<String> links, String subscriptionUrl) {

  public MailedClient {
    Objects.requireNonNull(name, "name");
    links = List.copyOf(links);
  }
}
