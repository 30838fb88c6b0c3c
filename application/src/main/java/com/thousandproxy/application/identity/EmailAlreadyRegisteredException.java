package com.thousandproxy.application.identity;

/** Another account already uses this e-mail address. */
public final class EmailAlreadyRegisteredException extends RuntimeException {

  public EmailAlreadyRegisteredException() {
    super("the e-mail address is already registered", null, false, false);
  }
}
