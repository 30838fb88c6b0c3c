package com.thousandproxy.application.server;

import com.thousandproxy.domain.user.UserId;
import java.util.Objects;

/**
 * The admin behind a catalog change, for the audit trail, and the address the request came from.
 */
public record AdminActor(UserId userId, String ipAddress) {

  public AdminActor {
    Objects.requireNonNull(userId, "userId");
  }
}
