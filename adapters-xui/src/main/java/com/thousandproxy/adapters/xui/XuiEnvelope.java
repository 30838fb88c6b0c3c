package com.thousandproxy.adapters.xui;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** The panel's answer envelope {@code {"success":..,"msg":..,"obj":..}}. */
record XuiEnvelope(boolean success, String msg, JsonNode obj) {

  XuiEnvelope {
    msg = msg == null ? "" : msg;
    obj = obj == null ? NullNode.getInstance() : obj;
  }
}
