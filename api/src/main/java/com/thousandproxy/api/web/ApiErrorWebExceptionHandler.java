package com.thousandproxy.api.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The one place where any failure of a request, framework errors included, becomes the error
 * envelope. Runs before Boot's default handler so that no HTML or stack trace ever leaves.
 */
@Order(-2)
public final class ApiErrorWebExceptionHandler implements WebExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorWebExceptionHandler.class);

  private final ApiErrorClassifier classifier;
  private final EnvelopeWriter writer;

  public ApiErrorWebExceptionHandler(ApiErrorClassifier classifier, EnvelopeWriter writer) {
    this.classifier = classifier;
    this.writer = writer;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
    if (exchange.getResponse().isCommitted()) {
      return Mono.error(error);
    }
    ApiError apiError = classifier.classify(error);
    String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath();
    if (apiError.status().is5xxServerError()) {
      log.error("{} failed with {}", request, apiError.status().value(), error);
    } else {
      // The exception's message may echo the request body (a password, say): log its type only.
      log.info(
          "{} rejected with {}: {} ({})",
          request,
          apiError.status().value(),
          apiError.message(),
          error.getClass().getSimpleName());
    }
    return writer.write(exchange, apiError.status(), apiError.body());
  }
}
