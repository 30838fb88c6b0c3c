package com.thousandproxy.adapters.persistence.payment;

import static com.thousandproxy.adapters.persistence.transaction.SqlParams.bind;

import com.thousandproxy.application.payment.PaymentEvent;
import com.thousandproxy.application.payment.port.out.PaymentEventInbox;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Mono;

/**
 * {@link PaymentEventInbox} on {@code payment_events}: the unique {@code (provider, event_key)}
 * turns a second delivery into a refused insert. Inside the applying transaction, a concurrent
 * duplicate waits for the first one's commit and is refused then.
 */
public final class R2dbcPaymentEventInbox implements PaymentEventInbox {

  private final DatabaseClient db;

  public R2dbcPaymentEventInbox(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<Optional<Long>> receive(PaymentEvent event, String payload, Instant at) {
    GenericExecuteSpec spec =
        db.sql(
                "INSERT INTO payment_events (provider, event_key, provider_payment_id,"
                    + " provider_status, payload, received_at) VALUES (:provider, :key, :pid,"
                    + " :status, :payload, :at)")
            .bind("provider", event.provider())
            .bind("key", eventKey(event))
            .bind("pid", event.providerPaymentId())
            .bind("status", event.status().providerName())
            .bind("payload", payload);
    spec = bind(spec, "at", at, Instant.class);
    return spec.filter(statement -> statement.returnGeneratedValues("id"))
        .map(row -> Optional.of(row.get("id", Long.class)))
        .one()
        .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(Optional.empty()));
  }

  @Override
  public Mono<Void> processed(long eventId, Long paymentId, String outcome, Instant at) {
    GenericExecuteSpec spec =
        db.sql(
                "UPDATE payment_events SET payment_id = :payment, outcome = :outcome,"
                    + " processed_at = :at WHERE id = :id")
            .bind("id", eventId)
            .bind("outcome", outcome);
    spec = bind(spec, "payment", paymentId, Long.class);
    spec = bind(spec, "at", at, Instant.class);
    return spec.then();
  }

  /** Keys longer than the column are cut; the payment id and status lead, so they stay unique. */
  private static String eventKey(PaymentEvent event) {
    String key = event.eventKey();
    return key.length() <= 191 ? key : key.substring(0, 191);
  }
}
