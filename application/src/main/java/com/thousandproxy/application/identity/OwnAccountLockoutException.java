package com.thousandproxy.application.identity;

/** An admin tried to demote or deactivate their own account, which could lock everyone out. */
public final class OwnAccountLockoutException extends RuntimeException {

  public OwnAccountLockoutException() {
    super("admins cannot demote or deactivate themselves", null, false, false);
  }
}
