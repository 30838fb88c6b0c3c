package com.thousandproxy.application.wallet;

import com.thousandproxy.domain.wallet.LedgerEntry;
import java.util.Objects;

/** A stored ledger entry of a wallet. */
public record WalletTransaction(long id, LedgerEntry entry) {

  public WalletTransaction {
    Objects.requireNonNull(entry, "entry");
  }
}
