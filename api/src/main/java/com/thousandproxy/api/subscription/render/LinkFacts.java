package com.thousandproxy.api.subscription.render;

import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.ProxyAccount;
import com.thousandproxy.domain.links.ShareLinkSpec;
import com.thousandproxy.domain.links.TransportSecurity;
import java.util.List;
import java.util.Map;

/**
 * What the Clash and sing-box mappers read the same way from a link spec, so that they agree with
 * each other and with the share link: when a flow applies, which REALITY values to use, how the
 * panel's Shadowsocks cipher names map to the clients' ones.
 */
final class LinkFacts {

  static final String VISION = "xtls-rprx-vision";
  static final String DEFAULT_FINGERPRINT = "chrome";

  /** Xray's names of the AEAD ciphers; Clash and sing-box want the IETF names. */
  private static final Map<String, String> SS_CIPHERS =
      Map.of(
          "chacha20-poly1305", "chacha20-ietf-poly1305",
          "xchacha20-poly1305", "xchacha20-ietf-poly1305");

  private LinkFacts() {}

  /** The host without the brackets an IPv6 literal may have been given with. */
  static String server(ShareLinkSpec spec) {
    String host = spec.host();
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /**
   * The VLESS flow as the link carries it (only over raw TCP with TLS or REALITY), reduced to the
   * one flow Clash and sing-box know; empty for none.
   */
  static String vlessFlow(ShareLinkSpec spec, ProxyAccount.Vless vless) {
    boolean tcp = spec.stream().transport() instanceof InboundTransport.Tcp;
    boolean secured = !(spec.stream().security() instanceof TransportSecurity.None);
    return tcp && secured && vless.flow().startsWith(VISION) ? VISION : "";
  }

  /** A VLESS flow the clients do not implement (only vision is): such a link is skipped. */
  static boolean unsupportedFlow(ShareLinkSpec spec, ProxyAccount.Vless vless) {
    boolean tcp = spec.stream().transport() instanceof InboundTransport.Tcp;
    boolean secured = !(spec.stream().security() instanceof TransportSecurity.None);
    return tcp && secured && !vless.flow().isEmpty() && !vless.flow().startsWith(VISION);
  }

  /** VLESS encryption other than none (post-quantum VLESS): only recent mihomo has it. */
  static boolean vlessEncrypted(ProxyAccount.Vless vless) {
    return vless.encryption() != null
        && !vless.encryption().isEmpty()
        && !"none".equals(vless.encryption());
  }

  /** The first allowed server name (the link picks one at random: any of them works). */
  static String realityServerName(TransportSecurity.Reality reality) {
    return first(reality.serverNames());
  }

  static String realityShortId(TransportSecurity.Reality reality) {
    return first(reality.shortIds());
  }

  /** REALITY needs a uTLS fingerprint in both clients; the panel's, else Chrome's. */
  static String realityFingerprint(TransportSecurity.Reality reality) {
    return reality.fingerprint().isEmpty() ? DEFAULT_FINGERPRINT : reality.fingerprint();
  }

  static String ssCipher(ProxyAccount.Shadowsocks ss) {
    return SS_CIPHERS.getOrDefault(ss.method(), ss.method());
  }

  /** For 2022 ciphers the server key and the user key, joined as both clients expect. */
  static String ssPassword(ProxyAccount.Shadowsocks ss) {
    if (ss.is2022() && !ss.serverPassword().isEmpty()) {
      return ss.clientPassword().isEmpty()
          ? ss.serverPassword()
          : ss.serverPassword() + ":" + ss.clientPassword();
    }
    return ss.clientPassword();
  }

  /** Shadowsocks is only expressible as plain TCP without a TLS layer in both clients. */
  static boolean plainTcp(ShareLinkSpec spec) {
    return spec.stream().transport() instanceof InboundTransport.Tcp tcp
        && !tcp.http()
        && spec.stream().security() instanceof TransportSecurity.None;
  }

  /**
   * Whether the inbound's ALPN list goes to the client: over raw TCP (and XHTTP, which picks its
   * HTTP version by it). WebSocket and HTTP upgrade need HTTP/1.1 and gRPC needs h2 whatever the
   * inbound lists; sing-box would offer the list as it is and could end up on the wrong one.
   */
  static boolean passesAlpn(InboundTransport transport) {
    return transport instanceof InboundTransport.Tcp || transport instanceof InboundTransport.Xhttp;
  }

  static boolean nonEmpty(String value) {
    return value != null && !value.isEmpty();
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? "" : values.get(0);
  }
}
