package com.thousandproxy.adapters.persistence.server;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.thousandproxy.application.server.InboundLinkSettings;
import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.StreamSettings;
import com.thousandproxy.domain.links.TransportSecurity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code settings} and {@code stream_settings} JSON of a stored inbound: the inbound-level
 * settings links need (listen, VLESS encryption, Shadowsocks method and key; no clients), and the
 * parsed stream with a {@code type} per transport and security, e.g. {@code
 * {"transport":{"type":"ws","path":"/ws","host":""},"security":{"type":"tls","serverName":...}}}. A
 * document that does not read (an older shape, the hand-written demo seed) is an unknown stream,
 * never an error: sync the server to fill it.
 */
public final class LinkSettingsJson {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .addMixIn(InboundTransport.class, TransportTypes.class)
          .addMixIn(TransportSecurity.class, SecurityTypes.class)
          .build();

  private LinkSettingsJson() {}

  static String settings(InboundLinkSettings link) {
    return JSON.writeValueAsString(
        new Settings(
            link.listen(),
            link.vlessEncryption(),
            link.shadowsocksMethod(),
            link.shadowsocksPassword()));
  }

  static String stream(InboundLinkSettings link) {
    return link.stream() == null ? null : JSON.writeValueAsString(link.stream());
  }

  public static InboundLinkSettings read(String settingsJson, String streamJson) {
    Settings settings = readOrNull(settingsJson, Settings.class);
    StreamSettings stream = readOrNull(streamJson, StreamSettings.class);
    if (settings == null) {
      return new InboundLinkSettings("", stream, null, null, null);
    }
    return new InboundLinkSettings(
        settings.listen(), stream, settings.encryption(), settings.method(), settings.password());
  }

  private static <T> T readOrNull(String json, Class<T> type) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return JSON.readValue(json, type);
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }

  private record Settings(String listen, String encryption, String method, String password) {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = InboundTransport.Tcp.class, name = "tcp"),
    @JsonSubTypes.Type(value = InboundTransport.Ws.class, name = "ws"),
    @JsonSubTypes.Type(value = InboundTransport.Grpc.class, name = "grpc"),
    @JsonSubTypes.Type(value = InboundTransport.HttpUpgrade.class, name = "httpupgrade"),
    @JsonSubTypes.Type(value = InboundTransport.Xhttp.class, name = "xhttp")
  })
  private interface TransportTypes {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = TransportSecurity.None.class, name = "none"),
    @JsonSubTypes.Type(value = TransportSecurity.Tls.class, name = "tls"),
    @JsonSubTypes.Type(value = TransportSecurity.Reality.class, name = "reality")
  })
  private interface SecurityTypes {}
}
