package com.thousandproxy.application.provisioning;

import com.thousandproxy.domain.shared.Checks;

/**
 * Who a client is on its panel, generated once and stored before the panel is first called: the
 * panel-wide email, the protocol's secret ({@code uuid} for vless/vmess, {@code password} for
 * trojan and shadowsocks; the other one null) and the panel's subscription id.
 */
public record ClientCredentials(String email, String uuid, String password, String subId) {

  public ClientCredentials {
    email = Checks.requireNonBlank(email, "email");
    if ((uuid == null) == (password == null)) {
      throw new IllegalArgumentException("a client has either a uuid or a password");
    }
    subId = Checks.requireNonBlank(subId, "subId");
  }

  /** What the protocol authenticates with. */
  public String secret() {
    return uuid != null ? uuid : password;
  }

  @Override
  public String toString() {
    return "ClientCredentials[email=" + email + "]";
  }
}
