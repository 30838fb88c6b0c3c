package com.thousandproxy.domain.links;

import java.util.Objects;

/**
 * Everything one share link is made of: the public host and port clients connect to, the inbound's
 * stream, the client's account and the display name (the link's fragment, VMess's {@code ps}).
 */
public record ShareLinkSpec(
    String host, int port, StreamSettings stream, ProxyAccount account, String name) {

  public ShareLinkSpec {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host is required");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(account, "account");
    name = Objects.requireNonNullElse(name, "");
  }

  /** The host as it goes into an authority: an IPv6 literal gets its brackets. */
  String authorityHost() {
    return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
