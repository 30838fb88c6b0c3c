package com.thousandproxy.api.security;

import com.thousandproxy.api.web.ApiErrorResponse;
import com.thousandproxy.api.web.EnvelopeWriter;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers an authenticated caller without the needed role with 403 in the error envelope, and
 * writes who it was to the security channel.
 */
public final class EnvelopeAccessDeniedHandler implements ServerAccessDeniedHandler {

  private final EnvelopeWriter writer;
  private final SecurityEvents events;

  public EnvelopeAccessDeniedHandler(EnvelopeWriter writer, SecurityEvents events) {
    this.writer = writer;
    this.events = events;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    return exchange
        .getPrincipal()
        .doOnNext(principal -> denied(exchange, principal))
        .then(
            writer.write(
                exchange,
                HttpStatus.FORBIDDEN,
                ApiErrorResponse.of("You are not allowed to do this")));
  }

  private void denied(ServerWebExchange exchange, Principal principal) {
    if (principal instanceof CallerAuthentication caller) {
      events.accessDenied(
          exchange, caller.getPrincipal().userId().value(), caller.getPrincipal().role().name());
    } else {
      events.accessDenied(exchange, principal.getName(), "unknown");
    }
  }
}
