package com.thousandproxy.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /auth/refresh} and {@code POST /auth/logout}. */
public record RefreshTokenRequest(@NotBlank @Size(max = 200) String refreshToken) {

  @Override
  public String toString() {
    return "RefreshTokenRequest[***]";
  }
}
