package com.thousandproxy.domain.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The proxy protocols a plan can sell; the wire name is what the API and the panels use. */
public enum Protocol {
  VLESS("vless"),
  VMESS("vmess"),
  TROJAN("trojan"),
  SHADOWSOCKS("shadowsocks");

  private final String wireName;

  Protocol(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<Protocol> fromWireName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.wireName.equals(wanted)).findFirst();
  }
}
