package com.thousandproxy.adapters.persistence.delivery;

import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.StreamSettings;
import com.thousandproxy.domain.links.TransportSecurity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stream of an inbound never synced from its panel (hand-written or demo rows hold only {@code
 * {"network": ..., "security": ...}}): the bare transport and security, so links still come out; a
 * sync replaces the row with the full settings.
 */
final class SketchedStream {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SketchedStream() {}

  /** Null when the JSON names no network we make links for. */
  static StreamSettings read(String streamJson) {
    if (streamJson == null || streamJson.isBlank()) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(streamJson);
      InboundTransport transport = transport(node.path("network").asString(""));
      return transport == null ? null : new StreamSettings(transport, security(node));
    } catch (JacksonException e) {
      return null;
    }
  }

  private static InboundTransport transport(String network) {
    return switch (network) {
      case "tcp" -> InboundTransport.Tcp.plain();
      case "ws" -> new InboundTransport.Ws("/", "");
      case "grpc" -> new InboundTransport.Grpc("", "", false);
      case "httpupgrade" -> new InboundTransport.HttpUpgrade("/", "");
      default -> null;
    };
  }

  private static TransportSecurity security(JsonNode node) {
    return switch (node.path("security").asString("none")) {
      case "tls" -> new TransportSecurity.Tls(null, null, null);
      case "reality" -> new TransportSecurity.Reality(null, null, null, null, null);
      default -> TransportSecurity.none();
    };
  }
}
