package com.thousandproxy.domain.links;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code vmess://} + standard base64 of the panel's JSON object: keys sorted, two-space indent, the
 * port a number, no {@code aid}. Which keys appear depends on transport and TLS exactly as in the
 * panel (for example plain TCP has no {@code host}/{@code path}, and {@code type} is the TCP header
 * type).
 */
final class VmessLink {

  private VmessLink() {}

  static String build(ShareLinkSpec spec, ProxyAccount.Vmess account) {
    SortedMap<String, Object> obj = new TreeMap<>();
    obj.put("v", "2");
    obj.put("add", spec.host());
    obj.put("port", spec.port());
    obj.put("type", "none");
    putNetwork(spec.stream().transport(), obj);
    TransportSecurity security = spec.stream().security();
    if (security instanceof TransportSecurity.Tls tls) {
      obj.put("tls", "tls");
      TransportParameters.putTlsFields(tls, obj);
    } else if (security instanceof TransportSecurity.Reality) {
      obj.put("tls", "reality");
    } else {
      obj.put("tls", "none");
    }
    obj.put("id", account.uuid());
    obj.put("scy", account.security());
    obj.put("ps", spec.name());
    String json = GoJson.indented(obj);
    return "vmess://" + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static void putNetwork(InboundTransport transport, SortedMap<String, Object> obj) {
    obj.put("net", transport.network());
    if (transport instanceof InboundTransport.Tcp tcp) {
      obj.put("type", tcp.headerType());
      if (tcp.http()) {
        obj.put("path", tcp.requestPath());
        obj.put("host", tcp.requestHost());
      }
    } else if (transport instanceof InboundTransport.HttpAddressed http) {
      obj.put("path", http.path());
      obj.put("host", http.host());
    }
    if (transport instanceof InboundTransport.Grpc grpc) {
      obj.put("path", grpc.serviceName());
      obj.put("authority", grpc.authority());
      if (grpc.multiMode()) {
        obj.put("type", "multi");
      }
    } else if (transport instanceof InboundTransport.Xhttp xhttp) {
      obj.put("mode", xhttp.mode());
      obj.putAll(TransportParameters.paddingFields(xhttp.padding(), "x_padding_bytes"));
    }
  }
}
