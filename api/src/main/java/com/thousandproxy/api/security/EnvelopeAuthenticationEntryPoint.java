package com.thousandproxy.api.security;

import com.thousandproxy.api.web.ApiErrorResponse;
import com.thousandproxy.api.web.EnvelopeWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Answers a missing or invalid credential with 401 in the error envelope. */
public final class EnvelopeAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

  private final EnvelopeWriter writer;

  public EnvelopeAuthenticationEntryPoint(EnvelopeWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
    exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
    return writer.write(
        exchange, HttpStatus.UNAUTHORIZED, ApiErrorResponse.of("Authentication is required"));
  }
}
