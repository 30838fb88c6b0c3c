package com.thousandproxy.api.observability;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;
import reactor.core.publisher.Hooks;

/**
 * Copies the request id from the Reactor context into the MDC of whichever thread runs an operator
 * of the request (event loop, bounded elastic, the WebClient's and Lettuce's threads), so every log
 * line made while serving it carries the id, and restores the thread's MDC afterwards.
 */
final class RequestIdAccessor implements ThreadLocalAccessor<String> {

  private RequestIdAccessor() {}

  /**
   * Registers the accessor as the only one and switches Reactor to automatic propagation; safe to
   * call again. The accessors the libraries register themselves (Micrometer's observation scope,
   * Spring Security's thread-local contexts, the exchange) serve tracing and blocking code we do
   * not have, and restoring them on every thread hop cost about a third of the CPU of a job
   * (docs/benchmarks.md).
   */
  static void install() {
    ContextRegistry registry = ContextRegistry.getInstance();
    registry.getThreadLocalAccessors().stream()
        .map(ThreadLocalAccessor::key)
        .filter(key -> !RequestIds.KEY.equals(key))
        .toList()
        .forEach(registry::removeThreadLocalAccessor);
    registry.registerThreadLocalAccessor(new RequestIdAccessor());
    Hooks.enableAutomaticContextPropagation();
  }

  @Override
  public Object key() {
    return RequestIds.KEY;
  }

  @Override
  public String getValue() {
    return MDC.get(RequestIds.KEY);
  }

  @Override
  public void setValue(String value) {
    MDC.put(RequestIds.KEY, value);
  }

  @Override
  public void setValue() {
    MDC.remove(RequestIds.KEY);
  }
}
