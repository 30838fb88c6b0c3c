package com.thousandproxy.api.security;

import java.net.InetSocketAddress;
import org.springframework.web.server.ServerWebExchange;

/**
 * The client's address as {@link TrustedProxyFilter} settled it: the forwarded one when the peer is
 * a trusted proxy, else the peer itself.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    if (remote == null) {
      return "unknown";
    }
    return remote.getAddress() != null
        ? remote.getAddress().getHostAddress()
        : remote.getHostString();
  }
}
