package com.thousandproxy.application.payment.port.out;

import com.thousandproxy.application.payment.PaymentEvent;
import java.time.Instant;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Every verified provider event, under a unique key per provider: storing the same event twice is
 * refused, which is what makes applying it at most once.
 */
public interface PaymentEventInbox {

  /** Stores the event; its row id, or empty when the same event was stored before. */
  Mono<Optional<Long>> receive(PaymentEvent event, String payload, Instant at);

  /** Notes what applying the event did. */
  Mono<Void> processed(long eventId, Long paymentId, String outcome, Instant at);
}
