package com.thousandproxy.application.panel;

/** Which client API a panel speaks. */
public enum PanelDialect {
  /** {@code panel/api/inbounds/*} with {@code settings} as a JSON string: 3x-ui v1.6 to v3.0.x. */
  CLASSIC,
  /** {@code panel/api/clients/*}, clients as records keyed by email: 3x-ui v3.1 and later. */
  CLIENT_RECORDS,
  /** The in-memory demo panel; never a real server. */
  DEMO
}
