package com.thousandproxy.application.server.port.in;

import com.thousandproxy.application.server.StoredInbound;
import com.thousandproxy.application.server.StoredServer;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.server.ServerId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Admin reads of servers and their stored inbounds; an unknown server signals not found. */
public interface BrowseServersUseCase {

  Mono<Page<StoredServer>> servers(PageRequest page);

  Mono<StoredServer> server(ServerId id);

  Flux<StoredInbound> inbounds(ServerId id);
}
