package com.thousandproxy.adapters.persistence.payment;

import static com.thousandproxy.adapters.persistence.transaction.SqlParams.bind;

import com.thousandproxy.application.payment.GatewayPayment;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentAmounts;
import com.thousandproxy.application.payment.PaymentPurpose;
import com.thousandproxy.application.payment.port.out.PaymentRepository;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.PaymentStatus;
import com.thousandproxy.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link PaymentRepository} on the {@code payments} table; status changes are {@code UPDATE ...
 * WHERE status = :from}, whose row lock makes concurrent deliveries of one event take turns.
 */
public final class R2dbcPaymentRepository implements PaymentRepository {

  private final DatabaseClient db;

  public R2dbcPaymentRepository(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<Payment> open(
      UserId userId,
      OrderId orderId,
      PaymentPurpose purpose,
      String provider,
      PaymentStatus status,
      Money amount,
      Instant at) {
    GenericExecuteSpec spec =
        db.sql(
                "INSERT INTO payments (user_id, order_id, purpose, provider, status, amount,"
                    + " currency, paid_at, version, created_at, updated_at) VALUES (:user, :order,"
                    + " :purpose, :provider, :status, :amount, :currency, :paidAt, 0, :at, :at)")
            .bind("user", userId.value())
            .bind("purpose", purpose.name())
            .bind("provider", provider)
            .bind("status", status.name())
            .bind("amount", amount.amount())
            .bind("currency", amount.currency().getCurrencyCode());
    spec = bind(spec, "order", orderId == null ? null : orderId.value(), Long.class);
    spec = bind(spec, "paidAt", status == PaymentStatus.PAID ? at : null, Instant.class);
    spec = bind(spec, "at", at, Instant.class);
    return spec.filter(statement -> statement.returnGeneratedValues("id"))
        .map(row -> row.get("id", Long.class))
        .one()
        .flatMap(this::find);
  }

  @Override
  public Mono<Payment> find(long id) {
    return db.sql("SELECT * FROM payments WHERE id = :id")
        .bind("id", id)
        .map(PaymentRows::payment)
        .one();
  }

  @Override
  public Mono<Payment> findByProviderId(String provider, String providerPaymentId) {
    return db.sql(
            "SELECT * FROM payments WHERE provider = :provider AND provider_payment_id = :pid")
        .bind("provider", provider)
        .bind("pid", providerPaymentId)
        .map(PaymentRows::payment)
        .one();
  }

  @Override
  public Mono<Payment> findLatestForOrder(OrderId orderId) {
    return db.sql("SELECT * FROM payments WHERE order_id = :order ORDER BY id DESC LIMIT 1")
        .bind("order", orderId.value())
        .map(PaymentRows::payment)
        .one();
  }

  @Override
  public Mono<Void> attachGateway(long id, GatewayPayment opened, Instant at) {
    GenericExecuteSpec spec =
        db.sql(
                "UPDATE payments SET provider_payment_id = :pid,"
                    + " provider_status = COALESCE(provider_status, :word),"
                    + " pay_amount = :payAmount, pay_currency = :payCurrency,"
                    + " pay_address = :address, invoice_url = :url, expires_at = :expires,"
                    + " status = CASE WHEN status = 'UNPAID' THEN 'PENDING' ELSE status END,"
                    + " version = version + 1, updated_at = :at WHERE id = :id")
            .bind("id", id)
            .bind("pid", opened.providerPaymentId())
            .bind("word", opened.status().providerName());
    var instructions = opened.instructions();
    BigDecimal payAmount =
        instructions.amount() != null ? instructions.amount() : opened.amounts().payAmount();
    String payCurrency =
        instructions.currency() != null ? instructions.currency() : opened.amounts().payCurrency();
    spec = bind(spec, "payAmount", payAmount, BigDecimal.class);
    spec = bind(spec, "payCurrency", payCurrency, String.class);
    spec = bind(spec, "address", instructions.address(), String.class);
    spec =
        bind(
            spec,
            "url",
            instructions.invoiceUrl() == null ? null : instructions.invoiceUrl().toString(),
            String.class);
    spec = bind(spec, "expires", instructions.expiresAt(), Instant.class);
    spec = bind(spec, "at", at, Instant.class);
    return spec.then();
  }

  @Override
  public Mono<Boolean> transition(
      long id,
      PaymentStatus from,
      PaymentStatus to,
      String providerPaymentId,
      GatewayPaymentStatus word,
      PaymentAmounts amounts,
      Instant at) {
    GenericExecuteSpec spec =
        db.sql(
                "UPDATE payments SET status = :to,"
                    + " provider_payment_id = COALESCE(provider_payment_id, :pid),"
                    + " provider_status = COALESCE(:word, provider_status),"
                    + " actually_paid = COALESCE(:paid, actually_paid),"
                    + " paid_at = COALESCE(paid_at, :paidAt), version = version + 1,"
                    + " updated_at = :at WHERE id = :id AND status = :from")
            .bind("id", id)
            .bind("from", from.name())
            .bind("to", to.name());
    spec = bind(spec, "pid", providerPaymentId, String.class);
    spec = bind(spec, "word", word == null ? null : word.providerName(), String.class);
    spec = bind(spec, "paid", amounts == null ? null : amounts.actuallyPaid(), BigDecimal.class);
    spec = bind(spec, "paidAt", to == PaymentStatus.PAID ? at : null, Instant.class);
    spec = bind(spec, "at", at, Instant.class);
    return spec.fetch().rowsUpdated().map(updated -> updated == 1);
  }

  @Override
  public Mono<Void> recordProviderWord(
      long id, GatewayPaymentStatus word, PaymentAmounts amounts, Instant at) {
    GenericExecuteSpec spec =
        db.sql(
                "UPDATE payments SET provider_status = :word,"
                    + " actually_paid = COALESCE(:paid, actually_paid), updated_at = :at"
                    + " WHERE id = :id")
            .bind("id", id)
            .bind("word", word.providerName());
    spec = bind(spec, "paid", amounts == null ? null : amounts.actuallyPaid(), BigDecimal.class);
    spec = bind(spec, "at", at, Instant.class);
    return spec.then();
  }

  @Override
  public Flux<Payment> dueForPolling(
      String provider, Instant expiredSince, Instant checkedBefore, int limit) {
    GenericExecuteSpec spec =
        db.sql(
                "SELECT * FROM payments WHERE provider = :provider"
                    + " AND provider_payment_id IS NOT NULL"
                    + " AND (status IN ('UNPAID', 'PENDING') OR (status = 'EXPIRED'"
                    + " AND created_at >= :since AND (provider_status IS NULL OR provider_status"
                    + " IN ('waiting', 'confirming', 'confirmed', 'sending', 'expired'))))"
                    + " AND (last_checked_at IS NULL OR last_checked_at < :before)"
                    + " ORDER BY COALESCE(last_checked_at, created_at) LIMIT :limit")
            .bind("provider", provider)
            .bind("limit", limit);
    spec = bind(spec, "since", expiredSince, Instant.class);
    spec = bind(spec, "before", checkedBefore, Instant.class);
    return spec.map(PaymentRows::payment).all();
  }

  @Override
  public Mono<Boolean> claimForPolling(long id, Instant before, Instant now) {
    GenericExecuteSpec spec =
        db.sql(
                "UPDATE payments SET last_checked_at = :now WHERE id = :id"
                    + " AND (last_checked_at IS NULL OR last_checked_at < :before)")
            .bind("id", id);
    spec = bind(spec, "now", now, Instant.class);
    spec = bind(spec, "before", before, Instant.class);
    return spec.fetch().rowsUpdated().map(updated -> updated == 1);
  }
}
