package com.thousandproxy.application.identity;

import com.thousandproxy.domain.identity.Caller;
import com.thousandproxy.domain.identity.Role;
import com.thousandproxy.domain.user.UserId;
import java.util.Objects;

/** An admin changes a user's role and/or active flag; a null field stays as it is. */
public record UpdateUserCommand(
    Caller admin, UserId target, Role role, Boolean active, String clientIp) {

  public UpdateUserCommand {
    Objects.requireNonNull(admin, "admin");
    Objects.requireNonNull(target, "target");
  }
}
