package com.thousandproxy.domain.server;

/**
 * Which client API a 3x-ui panel speaks: 3x-ui v3.1 removed the classic per-inbound client
 * endpoints, so the gateway must know which one to call.
 */
public enum PanelDialect {
  /** {@code panel/api/inbounds/addClient} and friends (3x-ui up to v3.0, alireza0/x-ui). */
  CLASSIC,
  /** {@code panel/api/clients/...} (3x-ui v3.1 and later). */
  CLIENTS_API
}
