package com.thousandproxy.application.panel;

import com.thousandproxy.domain.links.StreamSettings;
import java.util.List;
import java.util.Objects;

/**
 * An inbound of a panel with what link building needs: protocol, port, listen address, the parsed
 * stream ({@code null} when the panel's streamSettings use something we cannot link, e.g. kcp), the
 * inbound-level VLESS encryption and Shadowsocks method/key, and its clients.
 */
public record PanelInbound(
    long id,
    String remark,
    String protocol,
    String listen,
    int port,
    boolean enable,
    StreamSettings stream,
    String vlessEncryption,
    String shadowsocksMethod,
    String shadowsocksPassword,
    List<PanelClient> clients) {

  public PanelInbound {
    remark = Objects.requireNonNullElse(remark, "");
    protocol = Objects.requireNonNullElse(protocol, "");
    listen = Objects.requireNonNullElse(listen, "");
    clients = List.copyOf(Objects.requireNonNullElse(clients, List.of()));
  }

  /** Whether links must use the public host (the inbound listens on all interfaces). */
  public boolean listensEverywhere() {
    return listen.isEmpty()
        || listen.equals("0.0.0.0")
        || listen.equals("::")
        || listen.equals("::0");
  }
}
