package com.thousandproxy.application.server;

import com.thousandproxy.domain.server.ServerId;

/** No server has this id. */
public final class ServerNotFoundException extends RuntimeException {

  public ServerNotFoundException(ServerId id) {
    super("server " + id.value() + " not found");
  }
}
