package com.thousandproxy.api.wallet;

import com.thousandproxy.api.web.ApiError;
import com.thousandproxy.api.web.ApiErrorRule;
import com.thousandproxy.application.wallet.WalletOwnerNotFoundException;
import org.springframework.http.HttpStatus;

/** How wallet outcomes read on the wire (insufficient balance is ordering's rule). */
public final class WalletErrorRules implements ApiErrorRule {

  @Override
  public ApiError map(Throwable error) {
    if (error instanceof WalletOwnerNotFoundException) {
      return new ApiError(HttpStatus.NOT_FOUND, "User not found");
    }
    return null;
  }
}
