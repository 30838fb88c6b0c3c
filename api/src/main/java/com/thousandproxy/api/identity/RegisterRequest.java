package com.thousandproxy.api.identity;

import com.thousandproxy.domain.identity.User;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /auth/register}; the password rules themselves are the domain's. */
public record RegisterRequest(
    @NotBlank @Size(max = 255) String email,
    @NotNull @Size(max = 200) String password,
    @NotBlank @Size(max = User.MAX_NAME_LENGTH) String name) {

  @Override
  public String toString() {
    return "RegisterRequest[email=" + email + ", password=***, name=" + name + "]";
  }
}
