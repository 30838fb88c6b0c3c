package com.thousandproxy.domain.links;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Builds share links ({@code vless://}, {@code vmess://}, {@code trojan://}, {@code ss://}) byte
 * for byte as 3x-ui v2.9 writes them for the same inbound and client (v3.0 differs only in XHTTP's
 * {@code extra} object, v3.2+ in ss/trojan user info), so that the links we hand out match what the
 * panel's own subscription shows. REALITY's {@code sni}, {@code sid} and {@code spx} are random in
 * the panel too, and are drawn here from the given random generator. Not covered: kcp, external
 * proxies (one link per entry) and finalmask.
 */
public final class ShareLinkBuilder {

  private static final String SPIDER_ALPHABET =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final int SPIDER_LENGTH = 15;

  private final RandomGenerator random;

  public ShareLinkBuilder(RandomGenerator random) {
    this.random = random;
  }

  public String build(ShareLinkSpec spec) {
    ProxyAccount account = spec.account();
    if (account instanceof ProxyAccount.Vmess vmess) {
      return VmessLink.build(spec, vmess);
    }
    SortedMap<String, String> params = new TreeMap<>();
    params.put("type", spec.stream().transport().network());
    if (account instanceof ProxyAccount.Vless vless) {
      if (vless.encryption() != null) {
        params.put("encryption", vless.encryption());
      }
      TransportParameters.putNetwork(spec.stream().transport(), params);
      putSecurity(spec.stream(), params, vless.flow(), true);
      return urlLink("vless", GoUrlEscaper.userInfo(vless.uuid()), spec, params);
    }
    if (account instanceof ProxyAccount.Trojan trojan) {
      TransportParameters.putNetwork(spec.stream().transport(), params);
      putSecurity(spec.stream(), params, trojan.flow(), false);
      return urlLink("trojan", GoUrlEscaper.userInfo(trojan.password()), spec, params);
    }
    ProxyAccount.Shadowsocks ss = (ProxyAccount.Shadowsocks) account;
    TransportParameters.putNetwork(spec.stream().transport(), params);
    if (spec.stream().security() instanceof TransportSecurity.Tls tls) {
      TransportParameters.putTls(tls, params);
    }
    return urlLink("ss", shadowsocksUserInfo(ss), spec, params);
  }

  private void putSecurity(
      StreamSettings stream, Map<String, String> params, String flow, boolean flowWithTls) {
    boolean tcp = stream.transport() instanceof InboundTransport.Tcp;
    TransportSecurity security = stream.security();
    if (security instanceof TransportSecurity.Tls tls) {
      TransportParameters.putTls(tls, params);
      if (flowWithTls && tcp && !flow.isEmpty()) {
        params.put("flow", flow);
      }
    } else if (security instanceof TransportSecurity.Reality reality) {
      putReality(reality, params);
      if (tcp && !flow.isEmpty()) {
        params.put("flow", flow);
      }
    } else {
      params.put("security", "none");
    }
  }

  private void putReality(TransportSecurity.Reality reality, Map<String, String> params) {
    params.put("security", "reality");
    if (!reality.serverNames().isEmpty()) {
      params.put("sni", pick(reality.serverNames()));
    }
    if (reality.publicKey() != null) {
      params.put("pbk", reality.publicKey());
    }
    if (!reality.shortIds().isEmpty()) {
      params.put("sid", pick(reality.shortIds()));
    }
    if (!reality.fingerprint().isEmpty()) {
      params.put("fp", reality.fingerprint());
    }
    if (!reality.mldsa65Verify().isEmpty()) {
      params.put("pqv", reality.mldsa65Verify());
    }
    StringBuilder spider = new StringBuilder("/");
    for (int i = 0; i < SPIDER_LENGTH; i++) {
      spider.append(SPIDER_ALPHABET.charAt(random.nextInt(SPIDER_ALPHABET.length())));
    }
    params.put("spx", spider.toString());
  }

  private String pick(java.util.List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Padded standard base64 of {@code method:password}, or of both keys for 2022 ciphers. */
  private static String shadowsocksUserInfo(ProxyAccount.Shadowsocks ss) {
    String plain =
        ss.is2022()
            ? ss.method() + ":" + ss.serverPassword() + ":" + ss.clientPassword()
            : ss.method() + ":" + ss.clientPassword();
    return Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static String urlLink(
      String scheme, String userInfo, ShareLinkSpec spec, SortedMap<String, String> params) {
    StringBuilder link =
        new StringBuilder(scheme)
            .append("://")
            .append(userInfo)
            .append('@')
            .append(spec.authorityHost())
            .append(':')
            .append(spec.port());
    String separator = "?";
    for (Map.Entry<String, String> p : params.entrySet()) {
      link.append(separator)
          .append(GoUrlEscaper.queryComponent(p.getKey()))
          .append('=')
          .append(GoUrlEscaper.queryComponent(p.getValue()));
      separator = "&";
    }
    if (!spec.name().isEmpty()) {
      link.append('#').append(GoUrlEscaper.fragment(spec.name()));
    }
    return link.toString();
  }
}
