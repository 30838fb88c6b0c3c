package com.thousandproxy.domain.wallet;

import java.util.Objects;

/**
 * A wallet after a change together with the ledger entry that records it; store both or neither.
 */
public record WalletChange(Wallet wallet, LedgerEntry entry) {

  public WalletChange {
    Objects.requireNonNull(wallet, "wallet");
    Objects.requireNonNull(entry, "entry");
  }
}
