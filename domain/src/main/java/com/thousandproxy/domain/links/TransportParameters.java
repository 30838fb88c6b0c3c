package com.thousandproxy.domain.links;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The transport and TLS parameters of vless/trojan/ss links, and XHTTP's {@code extra} object. */
final class TransportParameters {

  private TransportParameters() {}

  static void putNetwork(InboundTransport transport, Map<String, String> params) {
    if (transport instanceof InboundTransport.Tcp tcp) {
      if (tcp.http()) {
        params.put("path", tcp.requestPath());
        params.put("host", tcp.requestHost());
        params.put("headerType", "http");
      }
    } else if (transport instanceof InboundTransport.HttpAddressed http) {
      params.put("path", http.path());
      params.put("host", http.host());
    }
    if (transport instanceof InboundTransport.Grpc grpc) {
      params.put("serviceName", grpc.serviceName());
      params.put("authority", grpc.authority());
      if (grpc.multiMode()) {
        params.put("mode", "multi");
      }
    } else if (transport instanceof InboundTransport.Xhttp xhttp) {
      params.put("mode", xhttp.mode());
      XhttpPadding padding = xhttp.padding();
      if (!padding.bytes().isEmpty()) {
        params.put("x_padding_bytes", padding.bytes());
      }
      SortedMap<String, Object> extra = paddingFields(padding, "xPaddingBytes");
      if (!extra.isEmpty()) {
        params.put("extra", GoJson.compact(extra));
      }
    }
  }

  static void putTls(TransportSecurity.Tls tls, Map<String, String> params) {
    params.put("security", "tls");
    putTlsFields(tls, params);
  }

  /** {@code alpn} (only when set), {@code sni} and {@code fp} (when the inbound has the keys). */
  static void putTlsFields(TransportSecurity.Tls tls, Map<String, ? super String> params) {
    if (!tls.alpn().isEmpty()) {
      params.put("alpn", String.join(",", tls.alpn()));
    }
    if (tls.serverName() != null) {
      params.put("sni", tls.serverName());
    }
    if (tls.fingerprint() != null) {
      params.put("fp", tls.fingerprint());
    }
  }

  /**
   * The padding settings under their xray names; the range itself under {@code bytesKey} (the
   * {@code extra} object says {@code xPaddingBytes}, VMess says {@code x_padding_bytes}).
   */
  static SortedMap<String, Object> paddingFields(XhttpPadding padding, String bytesKey) {
    SortedMap<String, Object> fields = new TreeMap<>();
    if (!padding.bytes().isEmpty()) {
      fields.put(bytesKey, padding.bytes());
    }
    if (padding.obfsMode()) {
      fields.put("xPaddingObfsMode", Boolean.TRUE);
      putIfNotEmpty(fields, "xPaddingKey", padding.key());
      putIfNotEmpty(fields, "xPaddingHeader", padding.header());
      putIfNotEmpty(fields, "xPaddingPlacement", padding.placement());
      putIfNotEmpty(fields, "xPaddingMethod", padding.method());
    }
    return fields;
  }

  private static void putIfNotEmpty(Map<String, Object> fields, String key, String value) {
    if (!value.isEmpty()) {
      fields.put(key, value);
    }
  }
}
