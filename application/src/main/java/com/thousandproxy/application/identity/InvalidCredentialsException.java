package com.thousandproxy.application.identity;

/** Wrong e-mail or password (or an inactive account): one outcome, one message, for all of them. */
public final class InvalidCredentialsException extends RuntimeException {

  public InvalidCredentialsException() {
    super("invalid credentials", null, false, false);
  }
}
