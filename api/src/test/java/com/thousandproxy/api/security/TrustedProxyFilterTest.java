package com.thousandproxy.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

class TrustedProxyFilterTest {

  private final TrustedProxyFilter filter = new TrustedProxyFilter(List.of("10.0.0.0/8", "::1"));

  @Test
  void behindATrustedProxyTheClientIsTheRightMostUntrustedForwardedAddress() {
    ServerWebExchange seen = pass("10.1.2.3", "203.0.113.9, 198.51.100.7, 10.0.0.5", "https");
    assertThat(ClientAddress.of(seen)).isEqualTo("198.51.100.7");
    assertThat(seen.getRequest().getURI().getScheme()).isEqualTo("https");
    assertThat(seen.getRequest().getHeaders().containsHeader("X-Forwarded-For")).isFalse();
  }

  @Test
  void anUntrustedPeerCannotForgeItsAddressOrScheme() {
    ServerWebExchange seen = pass("198.51.100.50", "10.0.0.1", "https");
    assertThat(ClientAddress.of(seen)).isEqualTo("198.51.100.50");
    assertThat(seen.getRequest().getURI().getScheme()).isEqualTo("http");
    assertThat(seen.getRequest().getHeaders().containsHeader("X-Forwarded-For")).isFalse();
  }

  @Test
  void aForwardedValueThatIsNoAddressIsIgnored() {
    ServerWebExchange seen = pass("10.1.2.3", "evil.example.com", null);
    assertThat(ClientAddress.of(seen)).isEqualTo("10.1.2.3");
  }

  @Test
  void rangesMatchByPrefix() {
    AddressRange range = AddressRange.parse("192.168.4.0/22");
    assertThat(range.contains(AddressRange.literal("192.168.7.255"))).isTrue();
    assertThat(range.contains(AddressRange.literal("192.168.8.0"))).isFalse();
    assertThat(range.contains(AddressRange.literal("::1"))).isFalse();
  }

  private ServerWebExchange pass(String peer, String forwardedFor, String proto) {
    MockServerHttpRequest.BaseBuilder<?> request =
        MockServerHttpRequest.get("http://api.example.com/api/v1/me")
            .remoteAddress(new InetSocketAddress(peer, 40000))
            .header("X-Forwarded-For", forwardedFor);
    if (proto != null) {
      request.header("X-Forwarded-Proto", proto);
    }
    AtomicReference<ServerWebExchange> seen = new AtomicReference<>();
    filter
        .filter(
            MockServerWebExchange.from(request),
            exchange -> {
              seen.set(exchange);
              return Mono.empty();
            })
        .block();
    return seen.get();
  }
}
