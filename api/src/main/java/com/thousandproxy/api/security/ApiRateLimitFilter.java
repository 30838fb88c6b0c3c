package com.thousandproxy.api.security;

import com.thousandproxy.api.web.ApiErrorResponse;
import com.thousandproxy.api.web.EnvelopeWriter;
import com.thousandproxy.application.identity.RateLimit;
import com.thousandproxy.application.identity.RateLimitedException;
import com.thousandproxy.application.identity.port.out.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The general API budget: per user, per API key, or per client address for anonymous calls. Runs
 * inside the security chain after authentication, so it knows who is calling.
 */
final class ApiRateLimitFilter implements WebFilter {

  private final RateLimiter limiter;
  private final RateLimit limit;
  private final EnvelopeWriter writer;
  private final SecurityEvents events;

  ApiRateLimitFilter(
      RateLimiter limiter, RateLimit limit, EnvelopeWriter writer, SecurityEvents events) {
    this.limiter = limiter;
    this.limit = limit;
    this.writer = writer;
    this.events = events;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
      return chain.filter(exchange);
    }
    return ReactiveSecurityContextHolder.getContext()
        .map(SecurityContext::getAuthentication)
        .filter(CallerAuthentication.class::isInstance)
        .map(auth -> ((CallerAuthentication) auth).credentialKey())
        .defaultIfEmpty("ip:" + ClientAddress.of(exchange))
        .flatMap(key -> limiter.acquire("api:" + key, limit, 1))
        .flatMap(
            decision -> {
              if (decision.allowed()) {
                return chain.filter(exchange);
              }
              long seconds = new RateLimitedException(decision.retryAfter()).retryAfterSeconds();
              exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
              events.rateLimited(exchange, "api", seconds);
              return writer.write(
                  exchange,
                  HttpStatus.TOO_MANY_REQUESTS,
                  ApiErrorResponse.of("Too many requests, try again later"));
            });
  }
}
