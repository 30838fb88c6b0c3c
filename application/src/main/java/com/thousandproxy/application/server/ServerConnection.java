package com.thousandproxy.application.server;

import com.thousandproxy.application.panel.PanelConnection;
import java.util.Objects;

/**
 * A stored server with the connection to its panel, credentials decrypted: what provisioning hands
 * to the panel ports. Its {@code toString} never shows the secrets.
 */
public record ServerConnection(StoredServer server, PanelConnection panel) {

  public ServerConnection {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(panel, "panel");
  }
}
