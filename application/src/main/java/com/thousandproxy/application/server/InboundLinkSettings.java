package com.thousandproxy.application.server;

import com.thousandproxy.domain.links.StreamSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * What share links need from an inbound besides the client: the listen address (a specific one
 * replaces the public host), the parsed stream ({@code null} for a transport we make no links for,
 * e.g. kcp), VLESS's inbound-level encryption and the Shadowsocks method and server key.
 */
public record InboundLinkSettings(
    String listen,
    StreamSettings stream,
    String vlessEncryption,
    String shadowsocksMethod,
    String shadowsocksPassword) {

  public static final InboundLinkSettings UNKNOWN =
      new InboundLinkSettings("", null, null, null, null);

  public InboundLinkSettings {
    listen = Objects.requireNonNullElse(listen, "");
  }

  public Optional<StreamSettings> streamSettings() {
    return Optional.ofNullable(stream);
  }

  /**
   * The host links must use: the listen address when it is a specific one, else the public host.
   */
  public String linkHost(String publicHost) {
    boolean everywhere =
        listen.isEmpty() || listen.equals("0.0.0.0") || listen.equals("::") || listen.equals("::0");
    return everywhere ? publicHost : listen;
  }

  @Override
  public String toString() {
    return "InboundLinkSettings[listen="
        + listen
        + ", stream="
        + stream
        + ", vlessEncryption="
        + vlessEncryption
        + ", shadowsocksMethod="
        + shadowsocksMethod
        + ", shadowsocksPassword="
        + (shadowsocksPassword == null ? "none" : "***")
        + "]";
  }
}
