package com.thousandproxy.domain.links;

import java.util.List;
import java.util.SplittableRandom;

/** Inbound pieces shared by the golden link tests, shaped like the panel's UI defaults. */
final class LinkTestData {

  static final String HOST = "vpn.example.com";
  static final String UUID = "5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11";
  static final String PUBLIC_KEY = "Zm9vYmFyYmF6cXV4UmVhbGl0eVB1YmxpY0tleUFBQUE";

  static final TransportSecurity.Reality REALITY =
      new TransportSecurity.Reality(
          List.of("www.amazon.com", "amazon.com"), List.of("a1b2", "0c"), PUBLIC_KEY, "chrome", "");

  /**
   * The random parts of a REALITY link: one allowed sni and sid, and a 15-character spider path.
   */
  static final String REALITY_RANDOM =
      "sid=(a1b2|0c)&sni=(www\\.amazon\\.com|amazon\\.com)&spx=%2F[0-9A-Za-z]{15}";

  private LinkTestData() {}

  static ShareLinkBuilder builder() {
    return new ShareLinkBuilder(new SplittableRandom(42));
  }

  static String link(
      int port, InboundTransport transport, TransportSecurity security, ProxyAccount account) {
    return link(port, transport, security, account, "DE-1-alice");
  }

  static String link(
      int port,
      InboundTransport transport,
      TransportSecurity security,
      ProxyAccount account,
      String name) {
    return builder()
        .build(
            new ShareLinkSpec(HOST, port, new StreamSettings(transport, security), account, name));
  }
}
