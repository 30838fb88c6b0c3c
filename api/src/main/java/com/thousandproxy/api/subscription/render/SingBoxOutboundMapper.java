package com.thousandproxy.api.subscription.render;

import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.ProxyAccount;
import com.thousandproxy.domain.links.ShareLinkSpec;
import com.thousandproxy.domain.links.TransportSecurity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One share link as a sing-box (1.11+) outbound: vless, vmess, trojan or shadowsocks with a {@code
 * tls} block (uTLS and REALITY included) and a V2Ray {@code transport} block for ws, httpupgrade
 * and grpc. sing-box has neither XHTTP nor Xray's TCP HTTP header, nor VLESS encryption: such links
 * are skipped.
 */
final class SingBoxOutboundMapper {

  ProxyMapping map(ShareLinkSpec spec, String tag) {
    Map<String, Object> outbound = new LinkedHashMap<>();
    outbound.put("type", "");
    outbound.put("tag", tag);
    outbound.put("server", LinkFacts.server(spec));
    outbound.put("server_port", spec.port());
    String skipped = putAccount(spec, outbound);
    if (skipped == null) {
      skipped = putTransport(spec.stream().transport(), outbound);
    }
    if (skipped == null) {
      skipped = putTls(spec.stream().security(), spec.stream().transport(), outbound);
    }
    return skipped == null ? new ProxyMapping.Mapped(outbound) : ProxyMapping.skip(skipped);
  }

  private static String putAccount(ShareLinkSpec spec, Map<String, Object> outbound) {
    ProxyAccount account = spec.account();
    if (account instanceof ProxyAccount.Vless vless) {
      if (LinkFacts.unsupportedFlow(spec, vless)) {
        return "VLESS flow " + vless.flow() + " is not supported";
      }
      if (LinkFacts.vlessEncrypted(vless)) {
        return "VLESS encryption is not supported";
      }
      outbound.put("type", "vless");
      outbound.put("uuid", vless.uuid());
      String flow = LinkFacts.vlessFlow(spec, vless);
      if (!flow.isEmpty()) {
        outbound.put("flow", flow);
      }
    } else if (account instanceof ProxyAccount.Vmess vmess) {
      outbound.put("type", "vmess");
      outbound.put("uuid", vmess.uuid());
      outbound.put("security", vmess.security().isEmpty() ? "auto" : vmess.security());
      outbound.put("alter_id", 0);
    } else if (account instanceof ProxyAccount.Trojan trojan) {
      outbound.put("type", "trojan");
      outbound.put("password", trojan.password());
    } else {
      ProxyAccount.Shadowsocks ss = (ProxyAccount.Shadowsocks) account;
      if (!LinkFacts.plainTcp(spec)) {
        return "Shadowsocks over " + spec.stream().transport().network() + " or TLS";
      }
      outbound.put("type", "shadowsocks");
      outbound.put("method", LinkFacts.ssCipher(ss));
      outbound.put("password", LinkFacts.ssPassword(ss));
    }
    return null;
  }

  private static String putTransport(InboundTransport transport, Map<String, Object> outbound) {
    Map<String, Object> block = new LinkedHashMap<>();
    if (transport instanceof InboundTransport.Tcp tcp) {
      return tcp.http() ? "TCP with an HTTP header is not supported" : null;
    } else if (transport instanceof InboundTransport.Ws ws) {
      block.put("type", "ws");
      putWebSocketPath(ws.path(), block);
      if (!ws.host().isEmpty()) {
        block.put("headers", Map.of("Host", ws.host()));
      }
    } else if (transport instanceof InboundTransport.HttpUpgrade upgrade) {
      block.put("type", "httpupgrade");
      if (!upgrade.host().isEmpty()) {
        block.put("host", upgrade.host());
      }
      block.put("path", upgrade.path().isEmpty() ? "/" : upgrade.path());
    } else if (transport instanceof InboundTransport.Grpc grpc) {
      block.put("type", "grpc");
      block.put("service_name", grpc.serviceName());
    } else {
      return "XHTTP is not supported";
    }
    outbound.put("transport", block);
    return null;
  }

  /**
   * Xray reads WebSocket early data from {@code ?ed=N} in the path; sing-box wants it as options,
   * sent in the {@code Sec-WebSocket-Protocol} header as Xray expects.
   */
  private static void putWebSocketPath(String path, Map<String, Object> block) {
    String plain = path.isEmpty() ? "/" : path;
    int query = plain.indexOf("?ed=");
    if (query >= 0) {
      String value = plain.substring(query + 4).split("&", 2)[0];
      if (value.matches("\\d{1,6}")) {
        block.put("path", plain.substring(0, query));
        block.put("max_early_data", Integer.parseInt(value));
        block.put("early_data_header_name", "Sec-WebSocket-Protocol");
        return;
      }
    }
    block.put("path", plain);
  }

  private static String putTls(
      TransportSecurity security, InboundTransport transport, Map<String, Object> outbound) {
    Map<String, Object> tls = new LinkedHashMap<>();
    if (security instanceof TransportSecurity.Tls plain) {
      tls.put("enabled", true);
      if (LinkFacts.nonEmpty(plain.serverName())) {
        tls.put("server_name", plain.serverName());
      }
      if (!plain.alpn().isEmpty() && LinkFacts.passesAlpn(transport)) {
        tls.put("alpn", plain.alpn());
      }
      if (LinkFacts.nonEmpty(plain.fingerprint())) {
        tls.put("utls", utls(plain.fingerprint()));
      }
    } else if (security instanceof TransportSecurity.Reality reality) {
      if (!LinkFacts.nonEmpty(reality.publicKey())) {
        return "REALITY without a public key";
      }
      tls.put("enabled", true);
      String serverName = LinkFacts.realityServerName(reality);
      if (!serverName.isEmpty()) {
        tls.put("server_name", serverName);
      }
      tls.put("utls", utls(LinkFacts.realityFingerprint(reality)));
      Map<String, Object> opts = new LinkedHashMap<>();
      opts.put("enabled", true);
      opts.put("public_key", reality.publicKey());
      opts.put("short_id", LinkFacts.realityShortId(reality));
      tls.put("reality", opts);
    } else {
      return null;
    }
    outbound.put("tls", tls);
    return null;
  }

  private static Map<String, Object> utls(String fingerprint) {
    Map<String, Object> utls = new LinkedHashMap<>();
    utls.put("enabled", true);
    utls.put("fingerprint", fingerprint);
    return utls;
  }
}
