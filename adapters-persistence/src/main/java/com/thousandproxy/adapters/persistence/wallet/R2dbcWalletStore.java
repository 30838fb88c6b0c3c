package com.thousandproxy.adapters.persistence.wallet;

import static com.thousandproxy.adapters.persistence.transaction.SqlParams.bind;
import static com.thousandproxy.adapters.persistence.transaction.SqlParams.instant;
import static com.thousandproxy.adapters.persistence.transaction.SqlParams.utc;

import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.application.wallet.WalletOwnerNotFoundException;
import com.thousandproxy.application.wallet.WalletPosting;
import com.thousandproxy.application.wallet.WalletTransaction;
import com.thousandproxy.application.wallet.port.out.WalletStore;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.user.UserId;
import com.thousandproxy.domain.wallet.DebitOutcome;
import com.thousandproxy.domain.wallet.LedgerEntry;
import com.thousandproxy.domain.wallet.LedgerEntryType;
import com.thousandproxy.domain.wallet.Wallet;
import com.thousandproxy.domain.wallet.WalletChange;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * {@link WalletStore} on the {@code wallets} and {@code wallet_transactions} tables. A debit is one
 * conditional {@code UPDATE ... WHERE balance >= amount}: the row lock it takes serialises
 * concurrent debits of one wallet and none can overdraw it. The ledger row carries the balance the
 * change left; {@code (type, reference)} is unique, so a credit is applied once.
 */
public final class R2dbcWalletStore implements WalletStore {

  private final DatabaseClient db;

  public R2dbcWalletStore(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<Wallet> wallet(UserId owner, Currency currency) {
    return balance(owner)
        .map(balance -> new Wallet(owner, balance.money()))
        .defaultIfEmpty(Wallet.open(owner, currency));
  }

  @Override
  public Mono<DebitOutcome> debit(WalletPosting posting) {
    return changeBalance(posting, "balance - :amount", " AND balance >= :amount")
        .flatMap(
            updated ->
                updated
                    ? record(posting, posting.amount().negate()).map(DebitOutcome.Debited::new)
                    : refused(posting));
  }

  /** One guarded {@code UPDATE} of the balance; true when the row changed. */
  private Mono<Boolean> changeBalance(WalletPosting posting, String newBalance, String guard) {
    Money amount = posting.amount();
    return db.sql(
            "UPDATE wallets SET balance = "
                + newBalance
                + ", version = version + 1, updated_at = :at"
                + " WHERE user_id = :owner AND currency = :currency"
                + guard)
        .bind("amount", amount.amount())
        .bind("at", utc(posting.at()))
        .bind("owner", posting.owner().value())
        .bind("currency", amount.currency().getCurrencyCode())
        .fetch()
        .rowsUpdated()
        .map(updated -> updated == 1);
  }

  private Mono<DebitOutcome> refused(WalletPosting posting) {
    Money requested = posting.amount();
    return balance(posting.owner())
        .map(Balance::money)
        .filter(money -> money.currency().equals(requested.currency()))
        .defaultIfEmpty(Money.zero(requested.currency()))
        .map(balance -> new DebitOutcome.InsufficientFunds(balance, requested));
  }

  @Override
  public Mono<Optional<WalletChange>> credit(WalletPosting posting) {
    return ensureWallet(posting)
        .then(entry(posting.type(), posting.reference()))
        .flatMap(
            existing ->
                existing.isPresent()
                    ? Mono.just(Optional.<WalletChange>empty())
                    : add(posting).map(Optional::of));
  }

  private Mono<WalletChange> add(WalletPosting posting) {
    return changeBalance(posting, "balance + :amount", "")
        .flatMap(
            updated ->
                updated
                    ? record(posting, posting.amount())
                    : Mono.error(
                        new IllegalStateException(
                            "wallet of user "
                                + posting.owner().value()
                                + " is not in "
                                + posting.amount().currency())));
  }

  /** Writes the ledger row of a change just applied, with the balance it left. */
  private Mono<WalletChange> record(WalletPosting posting, Money signed) {
    return balance(posting.owner())
        .flatMap(
            balance -> {
              LedgerEntry entry =
                  new LedgerEntry(
                      posting.type(), signed, balance.money(), posting.reference(), posting.at());
              var spec =
                  db.sql(
                          "INSERT INTO wallet_transactions (wallet_id, type, amount, balance_after,"
                              + " currency, reference, description, created_by_user_id,"
                              + " created_at) VALUES (:wallet, :type, :amount, :after, :currency,"
                              + " :reference, :description, :by, :at)")
                      .bind("wallet", balance.walletId())
                      .bind("type", entry.type().name())
                      .bind("amount", signed.amount())
                      .bind("after", entry.balanceAfter().amount())
                      .bind("currency", signed.currency().getCurrencyCode())
                      .bind("reference", entry.reference());
              spec = bind(spec, "description", posting.description(), String.class);
              spec =
                  bind(
                      spec,
                      "by",
                      posting.postedBy() == null ? null : posting.postedBy().value(),
                      Long.class);
              spec = bind(spec, "at", posting.at(), Instant.class);
              return spec.then()
                  .thenReturn(
                      new WalletChange(new Wallet(posting.owner(), balance.money()), entry));
            });
  }

  private Mono<Void> ensureWallet(WalletPosting posting) {
    return balance(posting.owner())
        .hasElement()
        .flatMap(exists -> exists ? Mono.empty() : open(posting));
  }

  private Mono<Void> open(WalletPosting posting) {
    var spec =
        db.sql(
                "INSERT INTO wallets (user_id, balance, currency, version, created_at, updated_at)"
                    + " VALUES (:owner, 0, :currency, 0, :at, :at)")
            .bind("owner", posting.owner().value())
            .bind("currency", posting.amount().currency().getCurrencyCode());
    return bind(spec, "at", posting.at(), Instant.class)
        .then()
        .onErrorResume(
            DataIntegrityViolationException.class,
            raced ->
                balance(posting.owner())
                    .switchIfEmpty(Mono.error(new WalletOwnerNotFoundException(posting.owner())))
                    .then());
  }

  @Override
  public Mono<Page<WalletTransaction>> transactions(UserId owner, PageRequest page) {
    Mono<Long> total =
        db.sql(
                "SELECT COUNT(*) AS n FROM wallet_transactions t JOIN wallets w"
                    + " ON w.id = t.wallet_id WHERE w.user_id = :owner")
            .bind("owner", owner.value())
            .map(row -> row.get("n", Long.class))
            .one();
    Mono<java.util.List<WalletTransaction>> items =
        db.sql(
                "SELECT t.* FROM wallet_transactions t JOIN wallets w ON w.id = t.wallet_id"
                    + " WHERE w.user_id = :owner ORDER BY t.id DESC LIMIT :size OFFSET :offset")
            .bind("owner", owner.value())
            .bind("size", page.size())
            .bind("offset", page.offset())
            .map(R2dbcWalletStore::transaction)
            .all()
            .collectList();
    return Mono.zip(items, total, (list, n) -> new Page<>(list, page.page(), page.size(), n));
  }

  @Override
  public Mono<Optional<WalletTransaction>> entry(LedgerEntryType type, String reference) {
    return db.sql("SELECT * FROM wallet_transactions WHERE type = :type AND reference = :reference")
        .bind("type", type.name())
        .bind("reference", reference)
        .map(R2dbcWalletStore::transaction)
        .one()
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty());
  }

  private Mono<Balance> balance(UserId owner) {
    return db.sql("SELECT id, balance, currency FROM wallets WHERE user_id = :owner")
        .bind("owner", owner.value())
        .map(
            row ->
                new Balance(
                    row.get("id", Long.class),
                    money(row, "balance", row.get("currency", String.class))))
        .one();
  }

  private static WalletTransaction transaction(Readable row) {
    String currency = row.get("currency", String.class);
    return new WalletTransaction(
        row.get("id", Long.class),
        new LedgerEntry(
            LedgerEntryType.valueOf(row.get("type", String.class)),
            money(row, "amount", currency),
            money(row, "balance_after", currency),
            row.get("reference", String.class),
            instant(row, "created_at")));
  }

  static Money money(Readable row, String column, String currency) {
    BigDecimal amount = row.get(column, BigDecimal.class);
    return new Money(amount, Currency.getInstance(currency.trim()));
  }

  private record Balance(long walletId, Money money) {}
}
