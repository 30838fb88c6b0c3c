package com.thousandproxy.application.identity;

/** The refresh token is unknown, expired, revoked or reused. */
public final class InvalidRefreshTokenException extends RuntimeException {

  public InvalidRefreshTokenException() {
    super("the refresh token is not valid", null, false, false);
  }
}
