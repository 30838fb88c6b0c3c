package com.thousandproxy.application.identity;

import java.time.Duration;

/** A signed, short-lived access token and how long it stays valid. */
public record AccessToken(String value, Duration expiresIn) {

  @Override
  public String toString() {
    return "AccessToken[***, expiresIn=" + expiresIn + "]";
  }
}
