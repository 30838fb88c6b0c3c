package com.thousandproxy.application.panel;

import java.time.Duration;
import java.util.Objects;

/** The answer of a health probe: a probe never fails, an outage is {@code reachable=false}. */
public record PanelHealth(
    boolean reachable, Duration latency, PanelDialect dialect, int clientCount, String detail) {

  public PanelHealth {
    latency = Objects.requireNonNullElse(latency, Duration.ZERO);
    detail = Objects.requireNonNullElse(detail, "");
  }

  public static PanelHealth up(Duration latency, PanelDialect dialect, int clientCount) {
    return new PanelHealth(true, latency, dialect, clientCount, "");
  }

  public static PanelHealth down(Duration latency, String detail) {
    return new PanelHealth(false, latency, null, 0, detail);
  }
}
