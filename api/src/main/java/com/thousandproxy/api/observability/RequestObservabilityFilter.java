package com.thousandproxy.api.observability;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.handler.ExceptionHandlingWebHandler;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.util.context.Context;

/**
 * Gives every request a correlation id ({@code X-Request-Id}, echoed on the response and put in the
 * Reactor context, hence in the MDC of every log line made while serving it) and writes one line
 * per request to the {@code performance} channel: method, route pattern, status, duration, bytes.
 *
 * <p>Failures are handed to the application's {@link WebExceptionHandler}s here, in their usual
 * order, instead of after all filters: so the line carries the final status and size, and the
 * handlers' own log lines carry the request id. What they cannot handle goes on as before.
 */
public final class RequestObservabilityFilter implements WebFilter, Ordered {

  private static final Logger PERFORMANCE = LoggerFactory.getLogger("performance");
  private static final String UNMATCHED = "UNMATCHED";
  private static final int CLIENT_CLOSED = 499;

  private final ObjectProvider<WebExceptionHandler> handlerBeans;
  private volatile List<WebExceptionHandler> handlers;

  public RequestObservabilityFilter(ObjectProvider<WebExceptionHandler> handlerBeans) {
    this.handlerBeans = handlerBeans;
  }

  /** Right after the trusted-proxy filter, before security and everything else. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String id =
        RequestIds.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
    exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
    long start = System.nanoTime();
    CountingResponse response = new CountingResponse(exchange.getResponse());
    ServerWebExchange observed = exchange.mutate().response(response).build();
    return chain
        .filter(observed)
        .onErrorResume(error -> handle(observed, error))
        .doFinally(signal -> logLine(observed, id, start, response.bytes(), signal))
        .contextWrite(Context.of(RequestIds.KEY, id));
  }

  private Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    Mono<Void> result = Mono.error(error);
    for (WebExceptionHandler handler : handlers()) {
      result =
          result
              .doOnError(
                  e ->
                      exchange
                          .getAttributes()
                          .put(ExceptionHandlingWebHandler.HANDLED_WEB_EXCEPTION, e))
              .onErrorResume(e -> handler.handle(exchange, e));
    }
    return result;
  }

  private List<WebExceptionHandler> handlers() {
    List<WebExceptionHandler> known = handlers;
    if (known == null) {
      known = handlerBeans.orderedStream().toList();
      handlers = known;
    }
    return known;
  }

  private static void logLine(
      ServerWebExchange exchange, String id, long start, long bytes, SignalType signal) {
    long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    String method = exchange.getRequest().getMethod().name();
    String route = route(exchange);
    int status = status(exchange, signal);
    String previous = MDC.get(RequestIds.KEY);
    MDC.put(RequestIds.KEY, id);
    try {
      PERFORMANCE
          .atInfo()
          .addKeyValue("method", method)
          .addKeyValue("route", route)
          .addKeyValue("status", status)
          .addKeyValue("durationMs", durationMs)
          .addKeyValue("bytes", bytes)
          .log("{} {} {} in {} ms, {} bytes", method, route, status, durationMs, bytes);
    } finally {
      if (previous == null) {
        MDC.remove(RequestIds.KEY);
      } else {
        MDC.put(RequestIds.KEY, previous);
      }
    }
  }

  /** The matched pattern, never the raw path: paths carry subscription tokens and ids. */
  private static String route(ServerWebExchange exchange) {
    Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    if (pattern instanceof PathPattern path) {
      return path.getPatternString();
    }
    return pattern == null ? UNMATCHED : pattern.toString();
  }

  private static int status(ServerWebExchange exchange, SignalType signal) {
    if (signal == SignalType.CANCEL) {
      return CLIENT_CLOSED;
    }
    HttpStatusCode code = exchange.getResponse().getStatusCode();
    if (code != null) {
      return code.value();
    }
    return signal == SignalType.ON_ERROR ? 500 : 200;
  }
}
