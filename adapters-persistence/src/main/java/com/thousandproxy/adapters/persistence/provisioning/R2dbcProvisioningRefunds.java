package com.thousandproxy.adapters.persistence.provisioning;

import com.thousandproxy.application.provisioning.Refund;
import com.thousandproxy.application.provisioning.port.out.ProvisioningRefunds;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Refunds over the wallets and wallet_transactions tables, plus an audit_log row; run it inside a
 * transaction. The user's wallet is opened if needed and locked ({@code FOR UPDATE}), so the check
 * for an earlier {@code REFUND refund:order:<id>} entry, the balance and the ledger entry are
 * consistent; UNIQUE(type, reference) is the last guard against a second credit.
 */
public final class R2dbcProvisioningRefunds implements ProvisioningRefunds {

  private final DatabaseClient db;

  public R2dbcProvisioningRefunds(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<Boolean> refund(Refund refund) {
    LocalDateTime at = Utc.of(refund.at());
    String currency = refund.amount().currency().getCurrencyCode();
    Mono<Long> openWallet =
        db.sql(
                "INSERT INTO wallets (user_id, balance, currency, version, created_at, updated_at)"
                    + " VALUES (:user, 0, :currency, 0, :at, :at) ON DUPLICATE KEY UPDATE id = id")
            .bind("user", refund.owner().value())
            .bind("currency", currency)
            .bind("at", at)
            .fetch()
            .rowsUpdated();
    return openWallet
        .then(lockWallet(refund))
        .flatMap(
            wallet ->
                refundedBefore(refund)
                    .flatMap(done -> done ? Mono.just(false) : credit(refund, wallet, at)));
  }

  private Mono<Wallet> lockWallet(Refund refund) {
    return db.sql("SELECT id, balance, currency FROM wallets WHERE user_id = :user FOR UPDATE")
        .bind("user", refund.owner().value())
        .map(
            row ->
                new Wallet(
                    row.get("id", Long.class),
                    row.get("balance", BigDecimal.class),
                    row.get("currency", String.class)))
        .one()
        .doOnNext(
            wallet -> {
              if (!wallet.currency().equals(refund.amount().currency().getCurrencyCode())) {
                throw new IllegalStateException(
                    "wallet of user "
                        + refund.owner().value()
                        + " is in "
                        + wallet.currency()
                        + ", the order in "
                        + refund.amount().currency());
              }
            });
  }

  private Mono<Boolean> refundedBefore(Refund refund) {
    return db.sql(
            "SELECT COUNT(*) AS n FROM wallet_transactions"
                + " WHERE type = 'REFUND' AND reference = :reference")
        .bind("reference", refund.reference())
        .map(row -> row.get("n", Long.class) > 0)
        .one();
  }

  private Mono<Boolean> credit(Refund refund, Wallet wallet, LocalDateTime at) {
    BigDecimal after = wallet.balance().add(refund.amount().amount());
    Mono<Long> balance =
        db.sql(
                "UPDATE wallets SET balance = :balance, version = version + 1, updated_at = :at"
                    + " WHERE id = :id")
            .bind("balance", after)
            .bind("at", at)
            .bind("id", wallet.id())
            .fetch()
            .rowsUpdated();
    Mono<Long> ledger =
        db.sql(
                "INSERT INTO wallet_transactions (wallet_id, type, amount, balance_after, currency,"
                    + " reference, description, created_at)"
                    + " VALUES (:wallet, 'REFUND', :amount, :after, :currency, :reference,"
                    + " :description, :at)")
            .bind("wallet", wallet.id())
            .bind("amount", refund.amount().amount())
            .bind("after", after)
            .bind("currency", wallet.currency())
            .bind("reference", refund.reference())
            .bind("description", "Order " + refund.orderId().value() + " could not be delivered")
            .bind("at", at)
            .fetch()
            .rowsUpdated();
    Mono<Long> audit =
        db.sql(
                "INSERT INTO audit_log (actor_type, action, target_type, target_id, details,"
                    + " created_at) VALUES ('SYSTEM', 'order.refunded', 'ORDER', :order,"
                    + " :details, :at)")
            .bind("order", Long.toString(refund.orderId().value()))
            .bind("details", details(refund))
            .bind("at", at)
            .fetch()
            .rowsUpdated();
    return balance.then(ledger).then(audit).thenReturn(true);
  }

  private static String details(Refund refund) {
    return "{\"amount\":\""
        + refund.amount().toPlainString()
        + "\",\"currency\":\""
        + refund.amount().currency().getCurrencyCode()
        + "\",\"reference\":\""
        + refund.reference()
        + "\",\"reason\":\""
        + json(refund.reason().length() > 500 ? refund.reason().substring(0, 500) : refund.reason())
        + "\"}";
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private record Wallet(long id, BigDecimal balance, String currency) {}
}
