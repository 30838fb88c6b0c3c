package com.thousandproxy.api.security;

import com.thousandproxy.api.web.ApiErrorResponse;
import com.thousandproxy.api.web.EnvelopeWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers a missing or invalid credential with 401 in the error envelope; a presented credential
 * that was refused (not a missing one) is a line on the security channel.
 */
public final class EnvelopeAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

  private final EnvelopeWriter writer;
  private final SecurityEvents events;

  public EnvelopeAuthenticationEntryPoint(EnvelopeWriter writer, SecurityEvents events) {
    this.writer = writer;
    this.events = events;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
    HttpHeaders headers = exchange.getRequest().getHeaders();
    if (headers.containsHeader(ApiKeyAuthentication.HEADER)) {
      events.credentialRejected(exchange, "api_key", ex.getClass().getSimpleName());
    } else if (headers.containsHeader(HttpHeaders.AUTHORIZATION)) {
      events.credentialRejected(exchange, "bearer", ex.getClass().getSimpleName());
    }
    exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
    return writer.write(
        exchange, HttpStatus.UNAUTHORIZED, ApiErrorResponse.of("Authentication is required"));
  }
}
