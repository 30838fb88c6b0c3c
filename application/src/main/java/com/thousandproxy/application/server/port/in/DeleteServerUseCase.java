package com.thousandproxy.application.server.port.in;

import com.thousandproxy.application.server.AdminActor;
import com.thousandproxy.domain.server.ServerId;
import reactor.core.publisher.Mono;

/** Deletes a server no plan, order or client refers to. */
public interface DeleteServerUseCase {

  Mono<Void> delete(ServerId id, AdminActor actor);
}
