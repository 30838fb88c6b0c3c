package com.thousandproxy.application.server.port.in;

import com.thousandproxy.application.server.ServerConnection;
import com.thousandproxy.domain.server.ServerId;
import reactor.core.publisher.Mono;

/**
 * For provisioning: the server with a ready {@link
 * com.thousandproxy.application.panel.PanelConnection} (credentials opened, dialect pinned to the
 * one an admin chose or the adapter detected; {@code DEMO} for demo servers), to be handed to the
 * panel ports. An unknown server signals {@link
 * com.thousandproxy.application.server.ServerNotFoundException}.
 */
public interface ResolvePanelConnectionUseCase {

  Mono<ServerConnection> connectionTo(ServerId id);
}
