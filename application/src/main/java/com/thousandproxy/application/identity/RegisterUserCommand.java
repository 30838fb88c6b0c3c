package com.thousandproxy.application.identity;

import com.thousandproxy.domain.identity.EmailAddress;
import com.thousandproxy.domain.identity.PlainPassword;
import com.thousandproxy.domain.identity.User;
import java.util.Objects;

/** A visitor asks for a customer account. The e-mail and name are checked on construction. */
public record RegisterUserCommand(
    EmailAddress email, PlainPassword password, String name, String clientIp) {

  public RegisterUserCommand {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
    name = User.requireName(name);
  }
}
