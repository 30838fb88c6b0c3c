package com.thousandproxy.domain.client;

import com.thousandproxy.domain.shared.Checks;

/**
 * The client as the panel knows it.
 *
 * @param email the panel's unique name for the client
 * @param credential what the protocol authenticates with: a UUID for vless and vmess, a password
 *     for trojan, a key for shadowsocks
 */
public record PanelAccount(String email, String credential) {

  public PanelAccount {
    email = Checks.requireNonBlank(email, "email");
    credential = Checks.requireNonBlank(credential, "credential");
  }

  @Override
  public String toString() {
    return "PanelAccount[email=" + email + "]";
  }
}
