package com.thousandproxy.application.wallet.service;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.application.wallet.AdjustWalletCommand;
import com.thousandproxy.application.wallet.InsufficientBalanceException;
import com.thousandproxy.application.wallet.WalletPosting;
import com.thousandproxy.application.wallet.WalletTransaction;
import com.thousandproxy.application.wallet.port.in.AdjustWalletUseCase;
import com.thousandproxy.application.wallet.port.in.ViewWalletUseCase;
import com.thousandproxy.application.wallet.port.out.WalletStore;
import com.thousandproxy.domain.user.UserId;
import com.thousandproxy.domain.wallet.DebitOutcome;
import com.thousandproxy.domain.wallet.LedgerEntryType;
import com.thousandproxy.domain.wallet.Wallet;
import com.thousandproxy.domain.wallet.WalletChange;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Balances, ledgers and admins' adjustments (each one audited in its own transaction). */
public final class WalletService implements ViewWalletUseCase, AdjustWalletUseCase {

  private final WalletStore wallets;
  private final AuditLog audit;
  private final Transactions transactions;
  private final Clock clock;
  private final Currency currency;

  public WalletService(
      WalletStore wallets,
      AuditLog audit,
      Transactions transactions,
      Clock clock,
      Currency currency) {
    this.wallets = wallets;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
    this.currency = currency;
  }

  @Override
  public Mono<Wallet> wallet(UserId owner) {
    return wallets.wallet(owner, currency);
  }

  @Override
  public Mono<Page<WalletTransaction>> transactions(UserId owner, PageRequest page) {
    return wallets.transactions(owner, page);
  }

  @Override
  public Mono<WalletChange> adjust(AdjustWalletCommand command) {
    Instant now = clock.instant();
    WalletPosting posting =
        new WalletPosting(
            command.owner(),
            LedgerEntryType.ADJUSTMENT,
            command.amount().isNegative() ? command.amount().negate() : command.amount(),
            "adjustment:" + UUID.randomUUID(),
            command.reason(),
            command.admin(),
            now);
    return transactions.inTransaction(
        () -> post(posting, command.amount().isPositive()).flatMap(c -> audited(command, c, now)));
  }

  private Mono<WalletChange> post(WalletPosting posting, boolean credit) {
    if (credit) {
      return wallets.credit(posting).map(change -> change.orElseThrow());
    }
    return wallets
        .debit(posting)
        .flatMap(
            outcome ->
                outcome instanceof DebitOutcome.Debited debited
                    ? Mono.just(debited.change())
                    : Mono.error(insufficient((DebitOutcome.InsufficientFunds) outcome)));
  }

  private static InsufficientBalanceException insufficient(DebitOutcome.InsufficientFunds f) {
    return new InsufficientBalanceException(f.balance(), f.requested());
  }

  private Mono<WalletChange> audited(AdjustWalletCommand command, WalletChange change, Instant at) {
    AuditEvent event =
        AuditEvent.of(AuditActor.user(command.admin()), "wallet.adjusted", at)
            .target("USER", command.owner().value())
            .details(
                Map.of(
                    "amount", change.entry().amount().toPlainString(),
                    "currency", change.entry().amount().currency().getCurrencyCode(),
                    "balanceAfter", change.entry().balanceAfter().toPlainString(),
                    "reference", change.entry().reference(),
                    "reason", command.reason()))
            .from(command.ipAddress());
    return audit.record(event).thenReturn(change);
  }
}
