package com.thousandproxy.adapters.payments.nowpayments;

import com.thousandproxy.application.payment.PaymentGatewayUnavailableException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.util.concurrent.TimeoutException;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

/**
 * Timeout and circuit breaker around every NowPayments call, plus retries for reads only: a create
 * that failed may still have opened a payment, so it is never repeated blindly.
 */
final class NowPaymentsResilience {

  private final TimeLimiter timeLimiter;
  private final CircuitBreaker circuitBreaker;
  private final Retry readRetry;

  NowPaymentsResilience(NowPaymentsSettings settings) {
    this.timeLimiter =
        TimeLimiter.of(
            "nowpayments",
            TimeLimiterConfig.custom().timeoutDuration(settings.callTimeout()).build());
    this.circuitBreaker =
        CircuitBreaker.of(
            "nowpayments",
            CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.breakerWindow())
                .minimumNumberOfCalls(settings.breakerWindow())
                .failureRateThreshold(settings.breakerFailureRatePercent())
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(NowPaymentsResilience::isOutage)
                .build());
    this.readRetry =
        Retry.of(
            "nowpayments-read",
            RetryConfig.custom()
                .maxAttempts(settings.readAttempts())
                .waitDuration(settings.retryWait())
                .retryOnException(NowPaymentsResilience::isOutage)
                .build());
  }

  <T> Mono<T> read(Mono<T> call) {
    return call.transformDeferred(TimeLimiterOperator.of(timeLimiter))
        .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
        .transformDeferred(RetryOperator.of(readRetry));
  }

  <T> Mono<T> create(Mono<T> call) {
    return call.transformDeferred(TimeLimiterOperator.of(timeLimiter))
        .transformDeferred(CircuitBreakerOperator.of(circuitBreaker));
  }

  CircuitBreaker.State circuitState() {
    return circuitBreaker.getState();
  }

  /** Failures that say "NowPayments is not answering properly", as opposed to a refusal. */
  static boolean isOutage(Throwable error) {
    return error instanceof PaymentGatewayUnavailableException
        || error instanceof TimeoutException
        || error instanceof WebClientRequestException;
  }
}
