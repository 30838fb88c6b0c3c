package com.thousandproxy.api.security;

import com.thousandproxy.api.web.ApiErrorResponse;
import com.thousandproxy.api.web.EnvelopeWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Answers an authenticated caller without the needed role with 403 in the error envelope. */
public final class EnvelopeAccessDeniedHandler implements ServerAccessDeniedHandler {

  private final EnvelopeWriter writer;

  public EnvelopeAccessDeniedHandler(EnvelopeWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    return writer.write(
        exchange, HttpStatus.FORBIDDEN, ApiErrorResponse.of("You are not allowed to do this"));
  }
}
