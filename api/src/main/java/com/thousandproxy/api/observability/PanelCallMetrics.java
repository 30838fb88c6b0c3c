package com.thousandproxy.api.observability;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Times calls to 3x-ui panels as {@code panel.calls} (Prometheus {@code panel_calls_seconds_*})
 * tagged with {@code server} (host[:port]), {@code dialect} (the pinned one, or {@code auto}),
 * {@code operation} and {@code outcome}: the write outcome in snake case ({@code applied}, {@code
 * duplicate_email}, ...), {@code ok}, {@code up}/{@code down} for probes, the {@link
 * PanelUnavailableException.Reason} of an outage ({@code timeout}, {@code circuit_open}, ...),
 * {@code error} or {@code cancelled}.
 */
public final class PanelCallMetrics {

  public static final String METER = "panel.calls";

  private final MeterRegistry registry;

  public PanelCallMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** The gateway with every call timed; wrap each real gateway the router is built from. */
  public PanelClientGateway meter(PanelClientGateway gateway) {
    return gateway instanceof MeteredPanelClientGateway
        ? gateway
        : new MeteredPanelClientGateway(gateway, this);
  }

  public void record(PanelConnection panel, String operation, String outcome, Duration latency) {
    Timer.builder(METER)
        .description("Calls to 3x-ui panels")
        .tag("server", server(panel))
        .tag("dialect", panel.pinned().map(d -> d.name().toLowerCase(Locale.ROOT)).orElse("auto"))
        .tag("operation", operation)
        .tag("outcome", outcome)
        .register(registry)
        .record(latency);
  }

  <T> Mono<T> time(
      PanelConnection panel,
      String operation,
      Supplier<Mono<T>> call,
      Function<? super T, String> outcome) {
    return Mono.defer(
        () -> {
          long start = System.nanoTime();
          return Mono.defer(call)
              .doOnSuccess(
                  value ->
                      done(panel, operation, value == null ? "empty" : outcome.apply(value), start))
              .doOnError(error -> done(panel, operation, outcomeOf(error), start))
              .doOnCancel(() -> done(panel, operation, "cancelled", start));
        });
  }

  <T> Flux<T> timeAll(PanelConnection panel, String operation, Supplier<Flux<T>> call) {
    return Flux.defer(
        () -> {
          long start = System.nanoTime();
          return Flux.defer(call)
              .doOnComplete(() -> done(panel, operation, "ok", start))
              .doOnError(error -> done(panel, operation, outcomeOf(error), start))
              .doOnCancel(() -> done(panel, operation, "cancelled", start));
        });
  }

  /** {@code DuplicateEmail} becomes {@code duplicate_email}. */
  static String snakeCase(Object value) {
    return value
        .getClass()
        .getSimpleName()
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .toLowerCase(Locale.ROOT);
  }

  private void done(PanelConnection panel, String operation, String outcome, long start) {
    record(panel, operation, outcome, Duration.ofNanos(System.nanoTime() - start));
  }

  private static String outcomeOf(Throwable error) {
    if (error instanceof PanelUnavailableException unavailable && unavailable.reason() != null) {
      return unavailable.reason().name().toLowerCase(Locale.ROOT);
    }
    return "error";
  }

  private static String server(PanelConnection panel) {
    int port = panel.baseUrl().getPort();
    String host = String.valueOf(panel.baseUrl().getHost());
    return port < 0 ? host : host + ":" + port;
  }
}
