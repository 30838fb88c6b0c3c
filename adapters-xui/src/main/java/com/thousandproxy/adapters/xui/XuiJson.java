package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelUnavailableException.Reason;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON helpers: the envelope, JSON-in-a-string fields, and tolerant field reads. */
final class XuiJson {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private XuiJson() {}

  static XuiEnvelope envelope(String panel, XuiResponse response) {
    JsonNode root = parse(response.body());
    if (!root.isObject() || !root.has("success")) {
      throw new PanelUnavailableException(
          panel, Reason.SERVER_ERROR, "not a panel answer (HTTP " + response.status() + ")");
    }
    return new XuiEnvelope(
        root.path("success").asBoolean(false), text(root, "msg"), root.path("obj"));
  }

  /** Parses JSON text; anything unparseable is a missing node. */
  static JsonNode parse(String json) {
    if (json == null || json.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      return MissingNode.getInstance();
    }
  }

  /** A field that is either an object or (as in the classic API) a string holding JSON. */
  static JsonNode nested(JsonNode parent, String field) {
    JsonNode node = parent.path(field);
    return node.isString() ? parse(node.stringValue()) : node;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() && !value.isNull() ? value.asString() : "";
  }

  /** The field's text, or {@code null} when the field is absent. */
  static String textOrNull(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asString();
  }

  static long number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isNumber()) {
      return value.asLong();
    }
    try {
      return value.isString() ? Long.parseLong(value.stringValue().trim()) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }
}
