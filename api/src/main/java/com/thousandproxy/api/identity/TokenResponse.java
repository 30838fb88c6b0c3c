package com.thousandproxy.api.identity;

import com.thousandproxy.application.identity.TokenPair;

/** A token pair on the wire; {@code expiresIn} is the access token's lifetime in seconds. */
public record TokenResponse(
    String accessToken, String refreshToken, String tokenType, long expiresIn) {

  static TokenResponse from(TokenPair pair) {
    return new TokenResponse(
        pair.accessToken(), pair.refreshToken(), "Bearer", pair.expiresIn().toSeconds());
  }

  @Override
  public String toString() {
    return "TokenResponse[***, ***, " + tokenType + ", " + expiresIn + "]";
  }
}
