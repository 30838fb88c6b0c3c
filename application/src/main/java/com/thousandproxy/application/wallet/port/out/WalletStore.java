package com.thousandproxy.application.wallet.port.out;

import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.application.wallet.WalletPosting;
import com.thousandproxy.application.wallet.WalletTransaction;
import com.thousandproxy.domain.user.UserId;
import com.thousandproxy.domain.wallet.DebitOutcome;
import com.thousandproxy.domain.wallet.LedgerEntryType;
import com.thousandproxy.domain.wallet.Wallet;
import com.thousandproxy.domain.wallet.WalletChange;
import java.util.Currency;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Wallets and their ledger. Every change writes the balance and its ledger entry together (run it
 * in a transaction); a debit is a conditional update, so concurrent debits never overdraw.
 */
public interface WalletStore {

  /** The user's wallet; an empty one in {@code currency} when none was opened yet. */
  Mono<Wallet> wallet(UserId owner, Currency currency);

  /** Takes the amount if the balance covers it, else changes nothing. */
  Mono<DebitOutcome> debit(WalletPosting posting);

  /** Adds the amount; empty when this (type, reference) was credited before. */
  Mono<Optional<WalletChange>> credit(WalletPosting posting);

  /** Newest first. */
  Mono<Page<WalletTransaction>> transactions(UserId owner, PageRequest page);

  /** The entry of this (type, reference), if it was posted. */
  Mono<Optional<WalletTransaction>> entry(LedgerEntryType type, String reference);
}
