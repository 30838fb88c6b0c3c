package com.thousandproxy.adapters.xui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.core.publisher.Sinks;

/**
 * Runs the writes to one panel one after the other, in subscription order, without holding a
 * thread: each write waits (as a publisher) for the one before it to finish. 3x-ui before v3.1
 * loses one of two concurrent edits of an inbound without telling anyone, so this is a must.
 */
final class PanelWriteSerializer {

  private final Map<String, AtomicReference<Mono<Void>>> tails = new ConcurrentHashMap<>();

  <T> Mono<T> serialize(String panelKey, Supplier<Mono<T>> write) {
    return Mono.defer(
        () -> {
          Sinks.Empty<Void> done = Sinks.empty();
          Mono<Void> previous =
              tails
                  .computeIfAbsent(panelKey, key -> new AtomicReference<>(Mono.empty()))
                  .getAndSet(done.asMono());
          return previous
              .then(Mono.defer(write))
              .doFinally(signal -> release(signal, previous, done));
        });
  }

  /**
   * Lets the next write go. A write cancelled while still waiting hands over only once the one
   * before it has finished, so cancelling never lets two writes overlap.
   */
  private static void release(SignalType signal, Mono<Void> previous, Sinks.Empty<Void> done) {
    if (signal == SignalType.CANCEL) {
      previous.subscribe(null, error -> done.tryEmitEmpty(), done::tryEmitEmpty);
    } else {
      done.tryEmitEmpty();
    }
  }
}
