package com.thousandproxy.api.security;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from configured proxies. The
 * client is the right-most forwarded address that is not itself a trusted proxy, so a client cannot
 * forge its address by sending the header itself. Forwarding headers are removed either way, so
 * nothing later trusts them by mistake.
 */
public final class TrustedProxyFilter implements WebFilter, Ordered {

  private static final List<String> FORWARDING_HEADERS =
      List.of(
          "Forwarded",
          "X-Forwarded-For",
          "X-Forwarded-Proto",
          "X-Forwarded-Host",
          "X-Forwarded-Port",
          "X-Forwarded-Prefix");

  private final List<AddressRange> proxies;

  public TrustedProxyFilter(List<String> trustedProxies) {
    this.proxies =
        trustedProxies.stream().filter(s -> !s.isBlank()).map(AddressRange::parse).toList();
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    ServerHttpRequest.Builder builder = request.mutate();
    InetSocketAddress peer = request.getRemoteAddress();
    if (peer != null && peer.getAddress() != null && trusted(peer.getAddress().getAddress())) {
      HttpHeaders headers = request.getHeaders();
      String client = clientBehindProxies(headers.getValuesAsList("X-Forwarded-For"));
      if (client != null) {
        builder.remoteAddress(new InetSocketAddress(address(client), peer.getPort()));
      }
      String proto = last(headers.getValuesAsList("X-Forwarded-Proto"));
      if ("https".equals(proto) || "http".equals(proto)) {
        URI uri = UriComponentsBuilder.fromUri(request.getURI()).scheme(proto).build(true).toUri();
        builder.uri(uri);
      }
    }
    builder.headers(h -> FORWARDING_HEADERS.forEach(h::remove));
    return chain.filter(exchange.mutate().request(builder.build()).build());
  }

  private boolean trusted(byte[] address) {
    return proxies.stream().anyMatch(range -> range.contains(address));
  }

  private String clientBehindProxies(List<String> forwardedFor) {
    List<String> hops = new ArrayList<>();
    forwardedFor.forEach(value -> hops.addAll(List.of(value.split(","))));
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i).strip();
      byte[] address = AddressRange.literal(hop);
      if (address == null) {
        return null;
      }
      if (!trusted(address)) {
        return hop;
      }
    }
    return null;
  }

  private static String last(List<String> values) {
    if (values.isEmpty()) {
      return null;
    }
    String[] parts = values.get(values.size() - 1).split(",");
    return parts[parts.length - 1].strip().toLowerCase(Locale.ROOT);
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("already checked to be an IP literal", e);
    }
  }
}
