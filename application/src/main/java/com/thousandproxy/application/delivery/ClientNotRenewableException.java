package com.thousandproxy.application.delivery;

import com.thousandproxy.domain.client.ClientStatus;

/** Only a delivered client (active, suspended or expired) can be renewed; a pending one not yet. */
public final class ClientNotRenewableException extends RuntimeException {

  private final long id;
  private final ClientStatus status;

  public ClientNotRenewableException(long id, ClientStatus status) {
    super("Server client " + id + " is " + status + " and cannot be renewed");
    this.id = id;
    this.status = status;
  }

  public long id() {
    return id;
  }

  public ClientStatus status() {
    return status;
  }
}
