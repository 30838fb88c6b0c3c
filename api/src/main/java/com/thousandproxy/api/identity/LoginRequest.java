package com.thousandproxy.api.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /auth/login}. */
public record LoginRequest(
    @NotNull @Size(max = 320) String email, @NotNull @Size(max = 200) String password) {

  @Override
  public String toString() {
    return "LoginRequest[email=" + email + ", password=***]";
  }
}
