package com.thousandproxy.application.delivery;

/** No client with this id that the caller may see (also another user's: never reveal it). */
public final class ServerClientNotFoundException extends RuntimeException {

  private final long id;

  public ServerClientNotFoundException(long id) {
    super("Server client " + id + " not found");
    this.id = id;
  }

  public long id() {
    return id;
  }
}
