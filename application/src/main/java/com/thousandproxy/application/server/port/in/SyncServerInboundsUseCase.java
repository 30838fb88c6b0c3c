package com.thousandproxy.application.server.port.in;

import com.thousandproxy.application.server.AdminActor;
import com.thousandproxy.application.server.StoredInbound;
import com.thousandproxy.domain.server.ServerId;
import java.util.List;
import reactor.core.publisher.Mono;

/** Reads a server's inbounds from its panel into the store and answers what is stored now. */
public interface SyncServerInboundsUseCase {

  Mono<List<StoredInbound>> sync(ServerId id, AdminActor actor);
}
