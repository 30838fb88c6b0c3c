package com.thousandproxy.api.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a declared body over the limit before reading a byte of it; bodies sent without a length
 * are cut by the codecs' in-memory limit instead.
 */
public final class RequestBodyLimitFilter implements WebFilter {

  private final long maxBytes;
  private final EnvelopeWriter writer;

  public RequestBodyLimitFilter(long maxBytes, EnvelopeWriter writer) {
    this.maxBytes = maxBytes;
    this.writer = writer;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    long length = exchange.getRequest().getHeaders().getContentLength();
    if (length > maxBytes) {
      return writer.write(
          exchange,
          HttpStatus.PAYLOAD_TOO_LARGE,
          ApiErrorResponse.of("The request body is too large (at most " + maxBytes + " bytes)"));
    }
    return chain.filter(exchange);
  }
}
