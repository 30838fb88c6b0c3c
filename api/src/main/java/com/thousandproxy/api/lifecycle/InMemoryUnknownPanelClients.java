package com.thousandproxy.api.lifecycle;

import com.thousandproxy.application.lifecycle.port.out.UnknownPanelClients;
import com.thousandproxy.domain.server.ServerId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * The latest unknown panel clients per server, kept by this instance (the sync that found them may
 * have run on another instance, so each instance knows the servers it synchronised).
 */
final class InMemoryUnknownPanelClients implements UnknownPanelClients {

  private final Map<ServerId, Set<String>> latest = new ConcurrentHashMap<>();

  @Override
  public Mono<Void> report(ServerId serverId, Set<String> emails) {
    return Mono.fromRunnable(() -> latest.put(serverId, Set.copyOf(emails)));
  }

  @Override
  public Mono<Integer> count() {
    return Mono.fromSupplier(() -> latest.values().stream().mapToInt(Set::size).sum());
  }
}
