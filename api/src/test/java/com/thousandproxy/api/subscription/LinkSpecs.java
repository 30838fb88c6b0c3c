package com.thousandproxy.api.subscription;

import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.ProxyAccount;
import com.thousandproxy.domain.links.ShareLinkSpec;
import com.thousandproxy.domain.links.StreamSettings;
import com.thousandproxy.domain.links.TransportSecurity;
import com.thousandproxy.domain.links.XhttpPadding;
import java.util.List;

/**
 * Link specs for every protocol with the transports and securities 3x-ui inbounds commonly use,
 * shaped like the panel's defaults.
 */
public final class LinkSpecs {

  public static final String HOST = "vpn.example.com";
  public static final String UUID = "5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11";
  public static final String PUBLIC_KEY = "Zm9vYmFyYmF6cXV4UmVhbGl0eVB1YmxpY0tleUFBQUE";

  public static final TransportSecurity.Tls TLS =
      new TransportSecurity.Tls("vpn.example.com", List.of("h2", "http/1.1"), "chrome");
  public static final TransportSecurity.Reality REALITY =
      new TransportSecurity.Reality(
          List.of("www.amazon.com", "amazon.com"), List.of("a1b2", "0c"), PUBLIC_KEY, "chrome", "");

  public static final ShareLinkSpec VLESS_REALITY_VISION =
      spec(
          443,
          InboundTransport.Tcp.plain(),
          REALITY,
          new ProxyAccount.Vless(UUID, "xtls-rprx-vision", "none"),
          "DE-1 vless reality");
  public static final ShareLinkSpec VLESS_WS_TLS =
      spec(
          8443,
          new InboundTransport.Ws("/ws?ed=2048", "cdn.example.com"),
          TLS,
          new ProxyAccount.Vless(UUID, "", "none"),
          "DE-1 vless ws");
  public static final ShareLinkSpec VLESS_GRPC_REALITY =
      spec(
          2053,
          new InboundTransport.Grpc("grpc-svc", "", false),
          REALITY,
          new ProxyAccount.Vless(UUID, "", "none"),
          "DE-1 vless grpc");
  public static final ShareLinkSpec VLESS_XHTTP_REALITY =
      spec(
          2083,
          new InboundTransport.Xhttp("/xh", "", "auto", XhttpPadding.bytes("100-1000")),
          REALITY,
          new ProxyAccount.Vless(UUID, "", "none"),
          "DE-1 vless xhttp");
  public static final ShareLinkSpec VMESS_WS_NONE =
      spec(
          8080,
          new InboundTransport.Ws("/vm", ""),
          TransportSecurity.none(),
          new ProxyAccount.Vmess(UUID, "auto"),
          "DE-1 vmess ws");
  public static final ShareLinkSpec VMESS_TCP_HTTP =
      spec(
          8081,
          InboundTransport.Tcp.httpHeader("/index", "www.bing.com"),
          TransportSecurity.none(),
          new ProxyAccount.Vmess(UUID, ""),
          "DE-1 vmess http");
  public static final ShareLinkSpec VMESS_HTTPUPGRADE_TLS =
      spec(
          2096,
          new InboundTransport.HttpUpgrade("/up", "vpn.example.com"),
          TLS,
          new ProxyAccount.Vmess(UUID, "chacha20-poly1305"),
          "DE-1 vmess httpupgrade");
  public static final ShareLinkSpec TROJAN_TCP_TLS =
      spec(
          443,
          InboundTransport.Tcp.plain(),
          TLS,
          new ProxyAccount.Trojan("tr0jan:pass#word", ""),
          "DE-1 trojan tls");
  public static final ShareLinkSpec TROJAN_GRPC_REALITY =
      spec(
          2087,
          new InboundTransport.Grpc("tr", "", true),
          REALITY,
          new ProxyAccount.Trojan("trojan-secret", ""),
          "DE-1 trojan grpc");
  public static final ShareLinkSpec SS_AEAD =
      spec(
          8388,
          InboundTransport.Tcp.plain(),
          TransportSecurity.none(),
          new ProxyAccount.Shadowsocks("chacha20-poly1305", "", "ss-client-pass"),
          "DE-1 ss");
  public static final ShareLinkSpec SS_2022 =
      spec(
          8389,
          new InboundTransport.Tcp("", "", ""),
          TransportSecurity.none(),
          new ProxyAccount.Shadowsocks(
              "2022-blake3-aes-256-gcm",
              "c2VydmVyS2V5MzJieXRlc2xvbmdzZXJ2ZXJLZXkzMmI=",
              "dXNlcktleTMyYnl0ZXNsb25ndXNlcktleTMyYnl0ZXM="),
          "DE-1 ss2022");

  /** One link of every protocol and of each transport and security above. */
  public static final List<ShareLinkSpec> ALL =
      List.of(
          VLESS_REALITY_VISION,
          VLESS_WS_TLS,
          VLESS_GRPC_REALITY,
          VLESS_XHTTP_REALITY,
          VMESS_WS_NONE,
          VMESS_TCP_HTTP,
          VMESS_HTTPUPGRADE_TLS,
          TROJAN_TCP_TLS,
          TROJAN_GRPC_REALITY,
          SS_AEAD,
          SS_2022);

  private LinkSpecs() {}

  public static ShareLinkSpec spec(
      int port,
      InboundTransport transport,
      TransportSecurity security,
      ProxyAccount account,
      String name) {
    return new ShareLinkSpec(HOST, port, new StreamSettings(transport, security), account, name);
  }

  /** The same link under another name. */
  public static ShareLinkSpec named(ShareLinkSpec spec, String name) {
    return new ShareLinkSpec(spec.host(), spec.port(), spec.stream(), spec.account(), name);
  }
}
