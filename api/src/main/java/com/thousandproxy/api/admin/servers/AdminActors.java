package com.thousandproxy.api.admin.servers;

import com.thousandproxy.api.security.ClientAddress;
import com.thousandproxy.application.server.AdminActor;
import com.thousandproxy.domain.user.UserId;
import java.security.Principal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ServerWebExchange;

/** The admin behind a request, as the audit trail records it: user id and client address. */
public final class AdminActors {

  private AdminActors() {}

  public static AdminActor of(Principal principal, ServerWebExchange exchange) {
    long userId;
    try {
      userId = Long.parseLong(principal.getName());
    } catch (NumberFormatException | NullPointerException e) {
      throw new AccessDeniedException("no user behind this admin request");
    }
    return new AdminActor(new UserId(userId), ClientAddress.of(exchange));
  }
}
