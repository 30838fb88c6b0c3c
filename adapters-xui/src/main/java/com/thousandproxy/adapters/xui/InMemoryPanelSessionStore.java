package com.thousandproxy.adapters.xui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** Sessions in this process only: right for one instance, for tests and for the demo. */
public final class InMemoryPanelSessionStore implements PanelSessionStore {

  private final Map<String, PanelSession> sessions = new ConcurrentHashMap<>();

  @Override
  public Mono<PanelSession> find(String panelKey) {
    return Mono.fromSupplier(() -> sessions.get(panelKey));
  }

  @Override
  public Mono<Void> save(String panelKey, PanelSession session) {
    return Mono.fromRunnable(() -> sessions.put(panelKey, session));
  }

  @Override
  public Mono<Void> remove(String panelKey) {
    return Mono.fromRunnable(() -> sessions.remove(panelKey));
  }
}
