package com.thousandproxy.adapters.xui;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A logged-in cookie session with a panel: its cookies (name to value) and, on v3 panels, the CSRF
 * token bound to them. Secret: {@link #toString()} shows only the cookie names.
 */
public record PanelSession(Map<String, String> cookies, String csrfToken) {

  public PanelSession {
    cookies = Map.copyOf(Objects.requireNonNullElse(cookies, Map.of()));
  }

  /** The value of a {@code Cookie} request header. */
  String cookieHeader() {
    return cookies.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .sorted()
        .collect(Collectors.joining("; "));
  }

  @Override
  public String toString() {
    return "PanelSession[cookies=" + cookies.keySet() + ", csrf=" + (csrfToken != null) + "]";
  }
}
