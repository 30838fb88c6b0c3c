package com.thousandproxy.api.wallet;

import com.thousandproxy.api.web.MoneyResponse;
import com.thousandproxy.domain.wallet.Wallet;

/** {@code GET /wallet}: the balance. */
public record WalletResponse(MoneyResponse balance) {

  public static WalletResponse from(Wallet wallet) {
    return new WalletResponse(MoneyResponse.from(wallet.balance()));
  }
}
