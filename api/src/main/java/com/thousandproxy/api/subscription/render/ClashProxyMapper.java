package com.thousandproxy.api.subscription.render;

import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.ProxyAccount;
import com.thousandproxy.domain.links.ShareLinkSpec;
import com.thousandproxy.domain.links.TransportSecurity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One share link as a mihomo (Clash Meta) proxy, with the keys mihomo's option structs read: vless,
 * vmess, trojan and ss, TLS or REALITY, and ws, HTTP upgrade (ws with {@code v2ray-http-upgrade}),
 * gRPC, TCP with an HTTP header ({@code network: http}) and, for VLESS in clients that have it,
 * XHTTP.
 */
final class ClashProxyMapper {

  private final boolean xhttp;

  /**
   * @param xhttp whether the client's core has mihomo's XHTTP transport (Stash, for one, not)
   */
  ClashProxyMapper(boolean xhttp) {
    this.xhttp = xhttp;
  }

  ProxyMapping map(ShareLinkSpec spec, String name) {
    Map<String, Object> proxy = new LinkedHashMap<>();
    proxy.put("name", name);
    proxy.put("type", "");
    proxy.put("server", LinkFacts.server(spec));
    proxy.put("port", spec.port());
    String skipped = putAccount(spec, proxy);
    if (skipped == null) {
      skipped = putSecurity(spec, proxy);
    }
    if (skipped == null) {
      skipped = putTransport(spec, proxy);
    }
    return skipped == null ? new ProxyMapping.Mapped(proxy) : ProxyMapping.skip(skipped);
  }

  private static String putAccount(ShareLinkSpec spec, Map<String, Object> proxy) {
    ProxyAccount account = spec.account();
    if (account instanceof ProxyAccount.Vless vless) {
      if (LinkFacts.unsupportedFlow(spec, vless)) {
        return "VLESS flow " + vless.flow() + " is not supported";
      }
      proxy.put("type", "vless");
      proxy.put("uuid", vless.uuid());
      String flow = LinkFacts.vlessFlow(spec, vless);
      if (!flow.isEmpty()) {
        proxy.put("flow", flow);
      }
      if (LinkFacts.vlessEncrypted(vless)) {
        proxy.put("encryption", vless.encryption());
      }
    } else if (account instanceof ProxyAccount.Vmess vmess) {
      proxy.put("type", "vmess");
      proxy.put("uuid", vmess.uuid());
      proxy.put("alterId", 0);
      proxy.put("cipher", vmess.security().isEmpty() ? "auto" : vmess.security());
    } else if (account instanceof ProxyAccount.Trojan trojan) {
      if (spec.stream().security() instanceof TransportSecurity.None) {
        return "Trojan without TLS is not supported";
      }
      proxy.put("type", "trojan");
      proxy.put("password", trojan.password());
    } else {
      ProxyAccount.Shadowsocks ss = (ProxyAccount.Shadowsocks) account;
      if (!LinkFacts.plainTcp(spec)) {
        return "Shadowsocks over " + spec.stream().transport().network() + " or TLS";
      }
      proxy.put("type", "ss");
      proxy.put("cipher", LinkFacts.ssCipher(ss));
      proxy.put("password", LinkFacts.ssPassword(ss));
    }
    proxy.put("udp", true);
    return null;
  }

  private static String putSecurity(ShareLinkSpec spec, Map<String, Object> proxy) {
    // Trojan is always TLS and names the server name "sni"; vless and vmess "servername".
    boolean trojan = spec.account() instanceof ProxyAccount.Trojan;
    String sniKey = trojan ? "sni" : "servername";
    TransportSecurity security = spec.stream().security();
    if (!trojan && !(security instanceof TransportSecurity.None)) {
      proxy.put("tls", true);
    }
    if (security instanceof TransportSecurity.Tls tls) {
      if (LinkFacts.nonEmpty(tls.serverName())) {
        proxy.put(sniKey, tls.serverName());
      }
      if (!tls.alpn().isEmpty() && LinkFacts.passesAlpn(spec.stream().transport())) {
        proxy.put("alpn", tls.alpn());
      }
      if (LinkFacts.nonEmpty(tls.fingerprint())) {
        proxy.put("client-fingerprint", tls.fingerprint());
      }
    } else if (security instanceof TransportSecurity.Reality reality) {
      if (!LinkFacts.nonEmpty(reality.publicKey())) {
        return "REALITY without a public key";
      }
      String serverName = LinkFacts.realityServerName(reality);
      if (!serverName.isEmpty()) {
        proxy.put(sniKey, serverName);
      }
      Map<String, Object> opts = new LinkedHashMap<>();
      opts.put("public-key", reality.publicKey());
      opts.put("short-id", LinkFacts.realityShortId(reality));
      proxy.put("reality-opts", opts);
      proxy.put("client-fingerprint", LinkFacts.realityFingerprint(reality));
    }
    return null;
  }

  private String putTransport(ShareLinkSpec spec, Map<String, Object> proxy) {
    InboundTransport transport = spec.stream().transport();
    if (transport instanceof InboundTransport.Tcp tcp) {
      if (!tcp.http()) {
        proxy.put("network", "tcp");
        return null;
      }
      if (spec.account() instanceof ProxyAccount.Trojan) {
        return "Trojan over TCP with an HTTP header is not supported";
      }
      Map<String, Object> opts = new LinkedHashMap<>();
      opts.put("method", "GET");
      opts.put("path", List.of(tcp.requestPath().isEmpty() ? "/" : tcp.requestPath()));
      if (!tcp.requestHost().isEmpty()) {
        opts.put("headers", Map.of("Host", List.of(tcp.requestHost())));
      }
      proxy.put("network", "http");
      proxy.put("http-opts", opts);
    } else if (transport instanceof InboundTransport.Ws ws) {
      proxy.put("network", "ws");
      proxy.put("ws-opts", webSocketOptions(ws.path(), ws.host(), false));
    } else if (transport instanceof InboundTransport.HttpUpgrade upgrade) {
      proxy.put("network", "ws");
      proxy.put("ws-opts", webSocketOptions(upgrade.path(), upgrade.host(), true));
    } else if (transport instanceof InboundTransport.Grpc grpc) {
      proxy.put("network", "grpc");
      proxy.put("grpc-opts", Map.of("grpc-service-name", grpc.serviceName()));
    } else {
      return putXhttp((InboundTransport.Xhttp) transport, spec, proxy);
    }
    return null;
  }

  private String putXhttp(
      InboundTransport.Xhttp transport, ShareLinkSpec spec, Map<String, Object> proxy) {
    if (!xhttp || !(spec.account() instanceof ProxyAccount.Vless)) {
      return "XHTTP is not supported by this client for " + proxy.get("type");
    }
    if (transport.padding().obfsMode()) {
      return "XHTTP padding obfuscation is not supported";
    }
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("path", transport.path().isEmpty() ? "/" : transport.path());
    if (!transport.host().isEmpty()) {
      opts.put("host", transport.host());
    }
    if (!transport.mode().isEmpty() && !"auto".equals(transport.mode())) {
      opts.put("mode", transport.mode());
    }
    if (!transport.padding().bytes().isEmpty()) {
      opts.put("x-padding-bytes", transport.padding().bytes());
    }
    proxy.put("network", "xhttp");
    proxy.put("xhttp-opts", opts);
    return null;
  }

  private static Map<String, Object> webSocketOptions(String path, String host, boolean upgrade) {
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("path", path.isEmpty() ? "/" : path);
    if (!host.isEmpty()) {
      opts.put("headers", Map.of("Host", host));
    }
    if (upgrade) {
      opts.put("v2ray-http-upgrade", true);
    }
    return opts;
  }
}
