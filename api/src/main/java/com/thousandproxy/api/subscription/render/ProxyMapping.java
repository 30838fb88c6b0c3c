package com.thousandproxy.api.subscription.render;

import java.util.Map;

/** One link in a client format: its entry, or why the format cannot express it. */
sealed interface ProxyMapping {

  record Mapped(Map<String, Object> entry) implements ProxyMapping {}

  record Skipped(String reason) implements ProxyMapping {}

  static ProxyMapping skip(String reason) {
    return new Skipped(reason);
  }
}
