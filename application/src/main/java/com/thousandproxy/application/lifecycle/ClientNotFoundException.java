package com.thousandproxy.application.lifecycle;

import com.thousandproxy.domain.client.ServerClientId;

/** No server client has this id. */
public final class ClientNotFoundException extends RuntimeException {

  public ClientNotFoundException(ServerClientId id) {
    super("server client " + id.value() + " not found");
  }
}
