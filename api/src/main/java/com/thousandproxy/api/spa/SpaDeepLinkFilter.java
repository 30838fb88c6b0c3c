package com.thousandproxy.api.spa;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Serves the SPA's index page for a browser's deep link such as {@code /orders/42}, so that a
 * reload or a shared link opens the app instead of a 404. API, feed, documentation and asset paths
 * are never rewritten, and neither is anything that does not ask for HTML.
 */
public final class SpaDeepLinkFilter implements WebFilter {

  private static final List<String> SERVER_PREFIXES =
      List.of(
          "/api/",
          "/actuator",
          "/v3/",
          "/swagger-ui",
          "/webjars/",
          "/sub/",
          "/.well-known/",
          "/assets/");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (isDeepLink(request)) {
      ServerHttpRequest index = request.mutate().path("/index.html").build();
      return chain.filter(exchange.mutate().request(index).build());
    }
    return chain.filter(exchange);
  }

  private static boolean isDeepLink(ServerHttpRequest request) {
    if (request.getMethod() != HttpMethod.GET) {
      return false;
    }
    String path = request.getPath().pathWithinApplication().value();
    if (path.equals("/") || path.equals("/index.html")) {
      return false;
    }
    if (SERVER_PREFIXES.stream().anyMatch(path::startsWith)) {
      return false;
    }
    String lastSegment = path.substring(path.lastIndexOf('/') + 1);
    if (lastSegment.contains(".")) {
      return false;
    }
    return request.getHeaders().getAccept().stream()
        .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
  }
}
