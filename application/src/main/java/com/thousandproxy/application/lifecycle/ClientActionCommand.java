package com.thousandproxy.application.lifecycle;

import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.identity.Caller;
import java.util.Objects;

/** An admin's request to act on one server client, from the address {@code clientIp}. */
public record ClientActionCommand(
    Caller admin, ServerClientId clientId, ClientAction action, String clientIp) {

  public ClientActionCommand {
    Objects.requireNonNull(admin, "admin");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(action, "action");
  }
}
