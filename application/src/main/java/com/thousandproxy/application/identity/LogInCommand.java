package com.thousandproxy.application.identity;

import com.thousandproxy.domain.identity.PlainPassword;
import java.util.Objects;

/**
 * Someone presents an e-mail and a password. The e-mail stays raw text: a malformed one must fail
 * exactly like an unknown one.
 */
public record LogInCommand(String email, PlainPassword password, String clientIp) {

  public LogInCommand {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
  }
}
