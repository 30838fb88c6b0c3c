package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelClient;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Writes our clients as the panel expects them: every field set, {@code enable} always sent. */
final class ClientJson {

  private ClientJson() {}

  static ObjectNode client(PanelClient c) {
    ObjectNode node = XuiJson.object();
    if (c.uuid() != null) {
      node.put("id", c.uuid());
    }
    if (c.password() != null) {
      node.put("password", c.password());
    }
    if (c.vmessSecurity() != null) {
      node.put("security", c.vmessSecurity());
    }
    node.put("flow", c.flow());
    node.put("email", c.email());
    node.put("limitIp", c.limitIp());
    node.put("totalGB", c.totalBytes());
    node.put("expiryTime", c.expiryTimeMillis());
    node.put("enable", c.enable());
    if (c.telegramId() != 0) {
      node.put("tgId", c.telegramId());
    }
    node.put("subId", c.subId());
    node.put("comment", c.comment());
    node.put("reset", c.resetDays());
    return node;
  }

  /** The classic body {@code {"id":<inbound>,"settings":"{\"clients\":[...]}"}}. */
  static String classicBody(long inboundId, List<PanelClient> clients) {
    ObjectNode settings = XuiJson.object();
    var array = settings.putArray("clients");
    clients.forEach(c -> array.add(client(c)));
    ObjectNode body = XuiJson.object();
    body.put("id", inboundId);
    body.put("settings", XuiJson.write(settings));
    return XuiJson.write(body);
  }
}
