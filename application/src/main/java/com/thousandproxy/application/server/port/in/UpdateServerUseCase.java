package com.thousandproxy.application.server.port.in;

import com.thousandproxy.application.server.ServerCommand;
import com.thousandproxy.application.server.StoredServer;
import com.thousandproxy.domain.server.ServerId;
import reactor.core.publisher.Mono;

/** Replaces a server's settings; an absent password or token keeps the stored one. */
public interface UpdateServerUseCase {

  Mono<StoredServer> update(ServerId id, ServerCommand command);
}
