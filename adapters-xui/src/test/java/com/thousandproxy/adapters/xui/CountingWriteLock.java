package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.port.out.PanelWriteLock;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;

/**
 * The write lock of an application with one instance, counting how often it was held and how many
 * holders run right now (a panel call made outside a hold sees zero).
 */
final class CountingWriteLock implements PanelWriteLock {

  final AtomicInteger holds = new AtomicInteger();
  final AtomicInteger holding = new AtomicInteger();

  @Override
  public <T> Mono<T> whileHolding(PanelConnection panel, Mono<T> write) {
    return Mono.defer(
        () -> {
          holds.incrementAndGet();
          holding.incrementAndGet();
          return write.doFinally(signal -> holding.decrementAndGet());
        });
  }
}
