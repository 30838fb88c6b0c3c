package com.thousandproxy.application.identity;

/** The audit action names identity records. */
public final class IdentityAuditActions {

  public static final String REGISTERED = "auth.registered";
  public static final String LOGIN = "auth.login";
  public static final String LOGIN_FAILED = "auth.login_failed";
  public static final String LOGIN_THROTTLED = "auth.login_throttled";
  public static final String LOGOUT = "auth.logout";
  public static final String REFRESH_TOKEN_REUSED = "auth.refresh_token_reused";
  public static final String API_KEY_CREATED = "api_key.created";
  public static final String API_KEY_REVOKED = "api_key.revoked";
  public static final String ROLE_CHANGED = "admin.user_role_changed";
  public static final String USER_ACTIVATED = "admin.user_activated";
  public static final String USER_DEACTIVATED = "admin.user_deactivated";
  public static final String ADMIN_BOOTSTRAPPED = "admin.bootstrapped";

  public static final String TARGET_USER = "USER";
  public static final String TARGET_API_KEY = "API_KEY";
  public static final String TARGET_TOKEN_FAMILY = "TOKEN_FAMILY";

  private IdentityAuditActions() {}
}
