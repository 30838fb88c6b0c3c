package com.thousandproxy.application.ordering.testing;

import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.application.wallet.WalletPosting;
import com.thousandproxy.application.wallet.WalletTransaction;
import com.thousandproxy.application.wallet.port.out.WalletStore;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.user.UserId;
import com.thousandproxy.domain.wallet.DebitOutcome;
import com.thousandproxy.domain.wallet.LedgerEntryType;
import com.thousandproxy.domain.wallet.Wallet;
import com.thousandproxy.domain.wallet.WalletChange;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** A {@link WalletStore} in memory; (type, reference) is unique as in the table. */
public final class InMemoryWallets implements WalletStore {

  private static final Currency USD = Currency.getInstance("USD");

  private final Map<UserId, Wallet> wallets = new HashMap<>();
  private final List<WalletTransaction> ledger = new ArrayList<>();

  @Override
  public synchronized Mono<Wallet> wallet(UserId owner, Currency currency) {
    return Mono.just(wallets.getOrDefault(owner, Wallet.open(owner, currency)));
  }

  @Override
  public synchronized Mono<DebitOutcome> debit(WalletPosting posting) {
    Wallet wallet = wallets.getOrDefault(posting.owner(), Wallet.open(posting.owner(), USD));
    DebitOutcome outcome =
        posting.type() == LedgerEntryType.PURCHASE
            ? wallet.pay(posting.amount(), posting.reference(), at(posting))
            : wallet.debitAdjustment(posting.amount(), posting.reference(), at(posting));
    if (outcome instanceof DebitOutcome.Debited debited) {
      keep(debited.change());
    }
    return Mono.just(outcome);
  }

  @Override
  public synchronized Mono<Optional<WalletChange>> credit(WalletPosting posting) {
    if (entryNow(posting.type(), posting.reference()).isPresent()) {
      return Mono.just(Optional.empty());
    }
    Wallet wallet = wallets.getOrDefault(posting.owner(), Wallet.open(posting.owner(), USD));
    WalletChange change =
        switch (posting.type()) {
          case TOP_UP -> wallet.topUp(posting.amount(), posting.reference(), at(posting));
          case REFUND -> wallet.refund(posting.amount(), posting.reference(), at(posting));
          default -> wallet.creditAdjustment(posting.amount(), posting.reference(), at(posting));
        };
    keep(change);
    return Mono.just(Optional.of(change));
  }

  private static java.time.Clock at(WalletPosting posting) {
    return java.time.Clock.fixed(posting.at(), java.time.ZoneOffset.UTC);
  }

  private void keep(WalletChange change) {
    wallets.put(change.wallet().owner(), change.wallet());
    ledger.add(new WalletTransaction(ledger.size() + 1, change.entry()));
  }

  @Override
  public synchronized Mono<Page<WalletTransaction>> transactions(UserId owner, PageRequest page) {
    return Mono.just(new Page<>(List.copyOf(ledger), page.page(), page.size(), ledger.size()));
  }

  @Override
  public synchronized Mono<Optional<WalletTransaction>> entry(
      LedgerEntryType type, String reference) {
    return Mono.just(entryNow(type, reference));
  }

  private Optional<WalletTransaction> entryNow(LedgerEntryType type, String reference) {
    return ledger.stream()
        .filter(t -> t.entry().type() == type && t.entry().reference().equals(reference))
        .findFirst();
  }

  public synchronized void give(UserId owner, String amount) {
    wallets.put(owner, new Wallet(owner, Money.of(amount, "USD")));
  }

  public synchronized Money balance(UserId owner) {
    return wallets.getOrDefault(owner, Wallet.open(owner, USD)).balance();
  }

  public synchronized List<WalletTransaction> ledger() {
    return List.copyOf(ledger);
  }
}
