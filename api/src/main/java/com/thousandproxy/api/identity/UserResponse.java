package com.thousandproxy.api.identity;

import com.thousandproxy.domain.identity.User;

/** A newly registered account. */
public record UserResponse(long id, String email, String name, String role) {

  static UserResponse from(User user) {
    return new UserResponse(
        user.id().value(), user.email().value(), user.name(), user.role().name());
  }
}
