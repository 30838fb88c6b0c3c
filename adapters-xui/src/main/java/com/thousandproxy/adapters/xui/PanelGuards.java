package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelUnavailableException.Reason;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Mono;

/**
 * Resilience4j per panel: every HTTP call runs under a time limit, the panel's circuit breaker and
 * its bulkhead; {@link #retrying} repeats reads and lookup-guarded writes on transient failures.
 * The bulkhead never waits (a blocked event loop is worse than a refused call).
 */
final class PanelGuards {

  private static final Set<Reason> TRANSIENT =
      EnumSet.of(Reason.UNREACHABLE, Reason.TIMEOUT, Reason.SERVER_ERROR);

  private record Guards(
      TimeLimiter timeLimiter, CircuitBreaker breaker, Bulkhead bulkhead, Retry retry) {}

  private final XuiSettings settings;
  private final Map<String, Guards> perPanel = new ConcurrentHashMap<>();

  PanelGuards(XuiSettings settings) {
    this.settings = settings;
  }

  static boolean isTransient(Throwable error) {
    return error instanceof PanelUnavailableException e && TRANSIENT.contains(e.reason());
  }

  /** One HTTP call under time limit, breaker and bulkhead; failures become typed outages. */
  <T> Mono<T> call(PanelConnection panel, Mono<T> call) {
    Guards guards = guards(panel);
    String name = panel.baseUrl().toString();
    return call.transformDeferred(TimeLimiterOperator.of(guards.timeLimiter()))
        .onErrorMap(
            TimeoutException.class,
            e -> new PanelUnavailableException(name, Reason.TIMEOUT, "no answer in time", e))
        .transformDeferred(CircuitBreakerOperator.of(guards.breaker()))
        .transformDeferred(BulkheadOperator.of(guards.bulkhead()))
        .onErrorMap(
            CallNotPermittedException.class,
            e -> new PanelUnavailableException(name, Reason.CIRCUIT_OPEN, "circuit open", e))
        .onErrorMap(
            BulkheadFullException.class,
            e -> new PanelUnavailableException(name, Reason.BUSY, "too many calls", e));
  }

  /** Repeats the whole publisher (re-subscribes) on transient outages, up to the attempts. */
  <T> Mono<T> retrying(PanelConnection panel, Mono<T> work) {
    return work.transformDeferred(RetryOperator.of(guards(panel).retry()));
  }

  CircuitBreaker.State breakerState(PanelConnection panel) {
    return guards(panel).breaker().getState();
  }

  private Guards guards(PanelConnection panel) {
    return perPanel.computeIfAbsent(panel.key(), key -> create(panel.baseUrl().toString()));
  }

  private Guards create(String name) {
    TimeLimiter timeLimiter =
        TimeLimiter.of(
            name, TimeLimiterConfig.custom().timeoutDuration(settings.callTimeout()).build());
    CircuitBreaker breaker =
        CircuitBreaker.of(
            name,
            CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .waitDurationInOpenState(settings.openStateWait())
                .recordException(PanelGuards::isTransient)
                .build());
    Bulkhead bulkhead =
        Bulkhead.of(
            name,
            BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build());
    Retry retry =
        Retry.of(
            name,
            RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .waitDuration(settings.retryBackoff())
                .retryOnException(PanelGuards::isTransient)
                .build());
    return new Guards(timeLimiter, breaker, bulkhead, retry);
  }
}
