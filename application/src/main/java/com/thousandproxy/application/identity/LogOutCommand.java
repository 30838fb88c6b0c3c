package com.thousandproxy.application.identity;

import com.thousandproxy.domain.identity.Caller;
import java.util.Objects;

/** A logged-in user ends the session that the refresh token belongs to. */
public record LogOutCommand(Caller caller, String refreshToken, String clientIp) {

  public LogOutCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(refreshToken, "refreshToken");
  }

  @Override
  public String toString() {
    return "LogOutCommand[caller=" + caller + ", refreshToken=***, clientIp=" + clientIp + "]";
  }
}
