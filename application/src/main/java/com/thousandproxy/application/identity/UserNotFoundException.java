package com.thousandproxy.application.identity;

/** No such user. */
public final class UserNotFoundException extends RuntimeException {

  public UserNotFoundException() {
    super("user not found", null, false, false);
  }
}
