package com.thousandproxy.api.admin.users;

/** {@code PATCH /admin/users/{id}}: either field may be left out. */
public record UpdateUserRequest(String role, Boolean active) {}
