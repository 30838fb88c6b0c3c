package com.thousandproxy.application.wallet;

import com.thousandproxy.domain.user.UserId;

/** A wallet change for a user that does not exist. */
public final class WalletOwnerNotFoundException extends RuntimeException {

  public WalletOwnerNotFoundException(UserId owner) {
    super("user " + owner.value() + " not found");
  }
}
