package com.thousandproxy.application.lifecycle.port.out;

import com.thousandproxy.domain.server.ServerId;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * Panel clients that no server client of ours accounts for, as the latest traffic sync of each
 * server found them. They are reported, never deleted automatically.
 */
public interface UnknownPanelClients {

  Mono<Void> report(ServerId serverId, Set<String> emails);

  /** How many unknown clients the latest syncs found over all servers. */
  Mono<Integer> count();
}
