package com.thousandproxy.api.security;

import com.thousandproxy.application.identity.RateLimitedException;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Adds {@code Retry-After} when a use case refuses with {@link RateLimitedException} (login and
 * registration budgets) and writes the refusal to the security channel; the error then goes on to
 * the envelope handler, which answers 429.
 */
public final class RetryAfterHeaderFilter implements WebFilter, Ordered {

  private final SecurityEvents events;

  public RetryAfterHeaderFilter(SecurityEvents events) {
    this.events = events;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    return chain
        .filter(exchange)
        .doOnError(
            RateLimitedException.class,
            limited -> {
              exchange
                  .getResponse()
                  .getHeaders()
                  .set("Retry-After", String.valueOf(limited.retryAfterSeconds()));
              events.rateLimited(exchange, "identity", limited.retryAfterSeconds());
            });
  }
}
