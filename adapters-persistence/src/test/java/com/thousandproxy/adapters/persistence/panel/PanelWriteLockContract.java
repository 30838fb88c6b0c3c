package com.thousandproxy.adapters.persistence.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.port.out.PanelWriteLock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What every panel write lock promises, tried through two handles on one lock, as two instances of
 * the application would hold them.
 */
abstract class PanelWriteLockContract {

  static final Duration LONG_LEASE = Duration.ofSeconds(30);
  static final Duration WAIT = Duration.ofSeconds(10);

  final PanelConnection panel =
      PanelConnection.withLogin(
          "http://panel.test:2053/" + UUID.randomUUID() + "/", "admin", "pa55");

  /** One application instance's lock; every call is another instance sharing the same locks. */
  abstract PanelWriteLock instance(Duration lease, Duration maxWait);

  @Test
  void writes_through_two_instances_never_overlap() {
    PanelWriteLock first = instance(LONG_LEASE, WAIT);
    PanelWriteLock second = instance(LONG_LEASE, WAIT);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();

    List<Integer> done =
        Flux.range(0, 30)
            .flatMap(
                i ->
                    (i % 2 == 0 ? first : second)
                        .whileHolding(panel, countedWrite(inside, most).thenReturn(i)),
                30)
            .collectList()
            .block(Duration.ofSeconds(60));

    assertThat(done).hasSize(30);
    assertThat(most.get()).isEqualTo(1);
  }

  @Test
  void a_failed_or_cancelled_write_lets_the_other_instance_in_at_once() {
    PanelWriteLock first = instance(LONG_LEASE, WAIT);
    PanelWriteLock second = instance(LONG_LEASE, WAIT);

    Mono<Object> failing = first.whileHolding(panel, Mono.error(new IllegalStateException("no")));
    assertThatThrownBy(() -> failing.block(WAIT)).hasMessage("no");
    assertThat(second.whileHolding(panel, Mono.just("next")).block(Duration.ofSeconds(2)))
        .isEqualTo("next");

    Mono<Object> timedOut = first.whileHolding(panel, Mono.never()).timeout(Duration.ofMillis(300));
    assertThatThrownBy(() -> timedOut.block(WAIT)).hasCauseInstanceOf(TimeoutException.class);
    assertThat(second.whileHolding(panel, Mono.just("next")).block(Duration.ofSeconds(2)))
        .isEqualTo("next");
  }

  @Test
  void a_slow_write_keeps_its_lease_and_a_waiter_gives_up_as_busy_without_writing() {
    Duration shortLease = Duration.ofMillis(600);
    PanelWriteLock first = instance(shortLease, WAIT);
    PanelWriteLock second = instance(shortLease, Duration.ofMillis(1500));
    AtomicBoolean holding = new AtomicBoolean();
    AtomicBoolean secondWrote = new AtomicBoolean();
    Disposable slow =
        first
            .whileHolding(panel, Mono.fromRunnable(() -> holding.set(true)).then(Mono.delay(WAIT)))
            .subscribe();
    awaitTrue(holding);

    assertBusy(second.whileHolding(panel, Mono.fromRunnable(() -> secondWrote.set(true))));
    assertThat(secondWrote).as("waited 2.5 leases: the holder renewed").isFalse();

    slow.dispose();
    assertThat(second.whileHolding(panel, Mono.just("next")).block(Duration.ofSeconds(3)))
        .isEqualTo("next");
  }

  @Test
  void locks_of_two_panels_do_not_wait_for_each_other() {
    PanelWriteLock first = instance(LONG_LEASE, Duration.ofMillis(500));
    PanelConnection other =
        PanelConnection.withLogin("http://panel.test:2053/" + UUID.randomUUID() + "/", "a", "b");
    AtomicBoolean holding = new AtomicBoolean();
    Disposable held =
        first
            .whileHolding(panel, Mono.fromRunnable(() -> holding.set(true)).then(Mono.never()))
            .subscribe();
    awaitTrue(holding);

    assertThat(
            instance(LONG_LEASE, Duration.ofMillis(500)).whileHolding(other, Mono.just(1)).block())
        .isEqualTo(1);
    held.dispose();
  }

  static void assertBusy(Mono<?> write) {
    assertThatThrownBy(() -> write.block(WAIT))
        .isInstanceOfSatisfying(
            PanelUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(PanelUnavailableException.Reason.BUSY));
  }

  static Mono<Void> countedWrite(AtomicInteger inside, AtomicInteger most) {
    return Mono.defer(
        () -> {
          most.accumulateAndGet(inside.incrementAndGet(), Math::max);
          // Leaving is the write's last step, before it completes and the lock is given back.
          return Mono.delay(Duration.ofMillis(5)).then(Mono.fromRunnable(inside::decrementAndGet));
        });
  }

  static void awaitTrue(AtomicBoolean flag) {
    Mono.fromCallable(flag::get)
        .filter(Boolean::booleanValue)
        .repeatWhenEmpty(200, ticks -> ticks.delayElements(Duration.ofMillis(20)))
        .block(Duration.ofSeconds(10));
  }
}
