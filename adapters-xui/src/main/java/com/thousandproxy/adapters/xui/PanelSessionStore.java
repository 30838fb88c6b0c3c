package com.thousandproxy.adapters.xui;

import reactor.core.publisher.Mono;

/**
 * Keeps panel sessions between calls (and, in a shared store, between instances), keyed by {@link
 * com.thousandproxy.application.panel.PanelConnection#key()}. A panel session is a secret: a store
 * must not log values.
 */
public interface PanelSessionStore {

  /** The stored session, or empty. */
  Mono<PanelSession> find(String panelKey);

  Mono<Void> save(String panelKey, PanelSession session);

  Mono<Void> remove(String panelKey);
}
