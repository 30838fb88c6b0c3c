package com.thousandproxy.application.provisioning.port.out;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.domain.server.ServerId;
import reactor.core.publisher.Mono;

/** How to reach the panel of a server, with its credentials decrypted. */
public interface PanelDirectory {

  /** The server's panel connection; empty when the server does not exist. */
  Mono<PanelConnection> connection(ServerId serverId);
}
