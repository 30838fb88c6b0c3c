package com.thousandproxy.adapters.xui;

import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.StreamSettings;
import com.thousandproxy.domain.links.TransportSecurity;
import com.thousandproxy.domain.links.XhttpPadding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Turns a panel's {@code streamSettings} JSON into the typed {@link StreamSettings} the link
 * builder takes, reading the same keys the panel's own link code reads; {@code null} for a network
 * we do not make links for (kcp, quic ...).
 */
final class StreamSettingsParser {

  private StreamSettingsParser() {}

  static StreamSettings parse(JsonNode stream) {
    InboundTransport transport = transport(stream);
    return transport == null ? null : new StreamSettings(transport, security(stream));
  }

  private static InboundTransport transport(JsonNode stream) {
    String network = XuiJson.text(stream, "network");
    return switch (network) {
      case "tcp" -> tcp(stream.path("tcpSettings").path("header"));
      case "ws" -> {
        JsonNode ws = stream.path("wsSettings");
        yield new InboundTransport.Ws(XuiJson.text(ws, "path"), host(ws));
      }
      case "grpc" -> {
        JsonNode grpc = stream.path("grpcSettings");
        yield new InboundTransport.Grpc(
            XuiJson.text(grpc, "serviceName"),
            XuiJson.text(grpc, "authority"),
            grpc.path("multiMode").asBoolean(false));
      }
      case "httpupgrade" -> {
        JsonNode upgrade = stream.path("httpupgradeSettings");
        yield new InboundTransport.HttpUpgrade(XuiJson.text(upgrade, "path"), host(upgrade));
      }
      case "xhttp" -> {
        JsonNode xhttp = stream.path("xhttpSettings");
        yield new InboundTransport.Xhttp(
            XuiJson.text(xhttp, "path"), host(xhttp), XuiJson.text(xhttp, "mode"), padding(xhttp));
      }
      default -> null;
    };
  }

  private static InboundTransport.Tcp tcp(JsonNode header) {
    String type = XuiJson.text(header, "type");
    if (!"http".equals(type)) {
      return new InboundTransport.Tcp(type, "", "");
    }
    JsonNode request = header.path("request");
    return InboundTransport.Tcp.httpHeader(
        request.path("path").path(0).asString(""), hostHeader(request.path("headers")));
  }

  private static XhttpPadding padding(JsonNode xhttp) {
    return new XhttpPadding(
        XuiJson.text(xhttp, "xPaddingBytes"),
        xhttp.path("xPaddingObfsMode").asBoolean(false),
        XuiJson.text(xhttp, "xPaddingKey"),
        XuiJson.text(xhttp, "xPaddingHeader"),
        XuiJson.text(xhttp, "xPaddingPlacement"),
        XuiJson.text(xhttp, "xPaddingMethod"));
  }

  /** {@code host} when set, else the {@code Host} entry of {@code headers}. */
  private static String host(JsonNode settings) {
    String host = XuiJson.text(settings, "host");
    return host.isEmpty() ? hostHeader(settings.path("headers")) : host;
  }

  private static String hostHeader(JsonNode headers) {
    for (Map.Entry<String, JsonNode> header : headers.properties()) {
      if (header.getKey().equalsIgnoreCase("host")) {
        JsonNode value = header.getValue();
        return value.isArray() ? value.path(0).asString("") : value.asString("");
      }
    }
    return "";
  }

  private static TransportSecurity security(JsonNode stream) {
    String security = XuiJson.text(stream, "security");
    if (security.equals("tls")) {
      JsonNode tls = stream.path("tlsSettings");
      return new TransportSecurity.Tls(
          XuiJson.textOrNull(tls, "serverName"),
          strings(tls.path("alpn")),
          XuiJson.textOrNull(tls.path("settings"), "fingerprint"));
    }
    if (security.equals("reality")) {
      JsonNode reality = stream.path("realitySettings");
      JsonNode settings = reality.path("settings");
      return new TransportSecurity.Reality(
          strings(reality.path("serverNames")),
          strings(reality.path("shortIds")),
          XuiJson.textOrNull(settings, "publicKey"),
          XuiJson.text(settings, "fingerprint"),
          XuiJson.text(settings, "mldsa65Verify"));
    }
    return TransportSecurity.none();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.values().forEach(v -> values.add(v.asString("")));
    return values;
  }
}
