package com.thousandproxy.application.server.port.in;

import com.thousandproxy.application.server.ServerCommand;
import com.thousandproxy.application.server.StoredServer;
import reactor.core.publisher.Mono;

/** Registers a 3x-ui panel as a server; its secrets are sealed before they are stored. */
public interface RegisterServerUseCase {

  Mono<StoredServer> register(ServerCommand command);
}
