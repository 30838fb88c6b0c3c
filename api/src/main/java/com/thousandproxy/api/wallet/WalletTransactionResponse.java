package com.thousandproxy.api.wallet;

import com.thousandproxy.api.web.MoneyResponse;
import com.thousandproxy.domain.wallet.LedgerEntry;
import java.time.Instant;

/** A ledger entry: signed amount and the balance it left. {@code id} is null for a fresh one. */
public record WalletTransactionResponse(
    Long id,
    String type,
    MoneyResponse amount,
    MoneyResponse balanceAfter,
    String reference,
    Instant createdAt) {

  public static WalletTransactionResponse from(Long id, LedgerEntry entry) {
    return new WalletTransactionResponse(
        id,
        entry.type().name(),
        MoneyResponse.from(entry.amount()),
        MoneyResponse.from(entry.balanceAfter()),
        entry.reference(),
        entry.createdAt());
  }
}
