package com.thousandproxy.application.identity;

import java.util.Objects;

/** A client trades its refresh token for a new token pair. */
public record RefreshTokensCommand(String refreshToken, String clientIp) {

  public RefreshTokensCommand {
    Objects.requireNonNull(refreshToken, "refreshToken");
  }

  @Override
  public String toString() {
    return "RefreshTokensCommand[refreshToken=***, clientIp=" + clientIp + "]";
  }
}
