package com.thousandproxy.application.identity;

import java.time.Duration;

/** What a login or a refresh hands out: an access token and the next refresh token. */
public record TokenPair(String accessToken, String refreshToken, Duration expiresIn) {

  @Override
  public String toString() {
    return "TokenPair[***, ***, expiresIn=" + expiresIn + "]";
  }
}
