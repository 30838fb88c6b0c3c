package com.thousandproxy.application.ordering.testing;

import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.payment.IdempotencyClaim;
import com.thousandproxy.application.payment.IdempotencyKey;
import com.thousandproxy.application.payment.PaymentEvent;
import com.thousandproxy.application.payment.port.out.IdempotencyKeys;
import com.thousandproxy.application.payment.port.out.PaymentEventInbox;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/** The small fakes the ordering and payment service tests share. */
public final class Fakes {

  private Fakes() {}

  /** Runs the work as it is: the fakes keep no uncommitted state to roll back. */
  public static final class DirectTransactions implements Transactions {
    @Override
    public <T> Mono<T> inTransaction(Supplier<Mono<T>> work) {
      return Mono.defer(work);
    }
  }

  /** Remembers jobs; a second job with a known dedup key is refused, as in the table. */
  public static final class Jobs implements JobQueue {
    public final Map<String, NewJob> byKey = new ConcurrentHashMap<>();

    @Override
    public Mono<Boolean> enqueue(NewJob job) {
      return Mono.just(byKey.putIfAbsent(job.dedupKey(), job) == null);
    }
  }

  /** Keeps every audit event. */
  public static final class Audit implements AuditLog {
    public final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized Mono<Void> record(AuditEvent event) {
      events.add(event);
      return Mono.empty();
    }

    public synchronized List<String> actions() {
      return events.stream().map(AuditEvent::action).toList();
    }
  }

  /** Stores event keys; a known key is a duplicate. */
  public static final class Inbox implements PaymentEventInbox {
    public final Map<String, String> outcomes = new ConcurrentHashMap<>();
    private final Map<Long, String> keys = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized Mono<Optional<Long>> receive(
        PaymentEvent event, String payload, Instant at) {
      String key = event.provider() + ":" + event.eventKey();
      if (outcomes.containsKey(key)) {
        return Mono.just(Optional.empty());
      }
      long id = ids.incrementAndGet();
      outcomes.put(key, "RECEIVED");
      keys.put(id, key);
      return Mono.just(Optional.of(id));
    }

    @Override
    public Mono<Void> processed(long eventId, Long paymentId, String outcome, Instant at) {
      outcomes.put(keys.get(eventId), outcome);
      return Mono.empty();
    }
  }

  /** Idempotency keys in memory (no expiry). */
  public static final class Keys implements IdempotencyKeys {
    private record Stored(long id, String hash, Long resourceId) {}

    private final Map<String, Stored> keys = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized Mono<IdempotencyClaim> claim(
        UserId userId, IdempotencyKey key, String requestHash, Instant now, Instant expiresAt) {
      String name = userId.value() + ":" + key.value();
      Stored stored = keys.get(name);
      if (stored == null) {
        long id = ids.incrementAndGet();
        keys.put(name, new Stored(id, requestHash, null));
        return Mono.just(new IdempotencyClaim.Claimed(id));
      }
      if (!stored.hash().equals(requestHash)) {
        return Mono.just(new IdempotencyClaim.Conflict(IdempotencyClaim.Reason.OTHER_REQUEST));
      }
      return Mono.just(
          stored.resourceId() == null
              ? new IdempotencyClaim.Conflict(IdempotencyClaim.Reason.IN_PROGRESS)
              : new IdempotencyClaim.Replay(stored.resourceId()));
    }

    @Override
    public synchronized Mono<Void> complete(
        long keyId, String resourceType, long resourceId, int responseStatus) {
      keys.replaceAll((name, s) -> s.id() == keyId ? new Stored(s.id(), s.hash(), resourceId) : s);
      return Mono.empty();
    }

    @Override
    public synchronized Mono<Void> release(long keyId) {
      keys.values().removeIf(s -> s.id() == keyId);
      return Mono.empty();
    }
  }
}
