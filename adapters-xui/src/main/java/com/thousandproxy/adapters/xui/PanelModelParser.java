package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelClientTraffic;
import com.thousandproxy.application.panel.PanelInbound;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads inbounds, clients and traffic rows from the panel's JSON (both dialects). */
final class PanelModelParser {

  private PanelModelParser() {}

  static PanelInbound inbound(JsonNode inbound) {
    JsonNode settings = XuiJson.nested(inbound, "settings");
    List<PanelClient> clients = new ArrayList<>();
    settings.path("clients").values().forEach(c -> addClient(clients, c));
    return new PanelInbound(
        inbound.path("id").asLong(),
        XuiJson.text(inbound, "remark"),
        XuiJson.text(inbound, "protocol"),
        XuiJson.text(inbound, "listen"),
        inbound.path("port").asInt(),
        inbound.path("enable").asBoolean(false),
        StreamSettingsParser.parse(XuiJson.nested(inbound, "streamSettings")),
        XuiJson.textOrNull(settings, "encryption"),
        XuiJson.textOrNull(settings, "method"),
        XuiJson.textOrNull(settings, "password"),
        clients);
  }

  private static void addClient(List<PanelClient> clients, JsonNode client) {
    if (!XuiJson.text(client, "email").isBlank()) {
      clients.add(client(client, "id"));
    }
  }

  /**
   * A client object; {@code uuidField} is {@code id} in inbound settings and {@code uuid} in a
   * v3.1+ client record (whose {@code id} is a row number).
   */
  static PanelClient client(JsonNode c, String uuidField) {
    return new PanelClient(
        XuiJson.text(c, "email"),
        emptyToNull(XuiJson.text(c, uuidField)),
        emptyToNull(XuiJson.text(c, "password")),
        XuiJson.text(c, "flow"),
        emptyToNull(XuiJson.text(c, "security")),
        (int) Math.max(0, XuiJson.number(c, "limitIp")),
        Math.max(0, XuiJson.number(c, "totalGB")),
        XuiJson.number(c, "expiryTime"),
        c.path("enable").asBoolean(false),
        XuiJson.number(c, "tgId"),
        XuiJson.text(c, "subId"),
        XuiJson.text(c, "comment"),
        (int) Math.max(0, XuiJson.number(c, "reset")));
  }

  static List<PanelClientTraffic> traffic(JsonNode inbound) {
    List<PanelClientTraffic> rows = new ArrayList<>();
    for (JsonNode row : inbound.path("clientStats").values()) {
      rows.add(
          new PanelClientTraffic(
              row.path("inboundId").asLong(inbound.path("id").asLong()),
              XuiJson.text(row, "email"),
              XuiJson.text(row, "uuid"),
              XuiJson.text(row, "subId"),
              row.path("enable").asBoolean(false),
              XuiJson.number(row, "up"),
              XuiJson.number(row, "down"),
              XuiJson.number(row, "total"),
              XuiJson.number(row, "expiryTime"),
              XuiJson.number(row, "lastOnline")));
    }
    return rows;
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
