package com.thousandproxy.domain.links;

import java.util.Objects;

/**
 * One client's credentials on one inbound, per protocol, plus the inbound-level values a link
 * needs.
 */
public sealed interface ProxyAccount {

  /**
   * VLESS: {@code encryption} is the inbound's {@code settings.encryption} ({@code null} when the
   * inbound has none, then the link has no {@code encryption} parameter).
   */
  record Vless(String uuid, String flow, String encryption) implements ProxyAccount {
    public Vless {
      requireText(uuid, "uuid");
      flow = Objects.requireNonNullElse(flow, "");
    }
  }

  /** VMess: {@code security} is the client's cipher ({@code auto}, {@code none}, ... or empty). */
  record Vmess(String uuid, String security) implements ProxyAccount {
    public Vmess {
      requireText(uuid, "uuid");
      security = Objects.requireNonNullElse(security, "");
    }
  }

  record Trojan(String password, String flow) implements ProxyAccount {
    public Trojan {
      requireText(password, "password");
      flow = Objects.requireNonNullElse(flow, "");
    }
  }

  /**
   * Shadowsocks: {@code method} and {@code serverPassword} are the inbound's; for the 2022 ciphers
   * the link carries both keys.
   */
  record Shadowsocks(String method, String serverPassword, String clientPassword)
      implements ProxyAccount {
    public Shadowsocks {
      requireText(method, "method");
      serverPassword = Objects.requireNonNullElse(serverPassword, "");
      clientPassword = Objects.requireNonNullElse(clientPassword, "");
    }

    public boolean is2022() {
      return method.startsWith("2");
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
