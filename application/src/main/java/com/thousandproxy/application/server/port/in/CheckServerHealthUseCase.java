package com.thousandproxy.application.server.port.in;

import com.thousandproxy.application.server.ServerHealthReport;
import com.thousandproxy.domain.server.ServerId;
import reactor.core.publisher.Mono;

/**
 * Probes a server's panel (the demo panel for demo servers) and remembers the dialect it speaks.
 */
public interface CheckServerHealthUseCase {

  Mono<ServerHealthReport> check(ServerId id);
}
