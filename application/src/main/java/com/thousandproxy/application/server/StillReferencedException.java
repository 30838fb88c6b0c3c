package com.thousandproxy.application.server;

/** Something cannot be deleted while plans, servers, orders or clients still refer to it. */
public final class StillReferencedException extends RuntimeException {

  public StillReferencedException(String what) {
    super(what + " is still in use");
  }
}
