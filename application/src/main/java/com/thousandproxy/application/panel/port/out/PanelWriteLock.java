package com.thousandproxy.application.panel.port.out;

import com.thousandproxy.application.panel.PanelConnection;
import reactor.core.publisher.Mono;

/**
 * Makes the writes to one panel take turns across every instance of the application: 3x-ui before
 * v3.1 silently loses one of two concurrent edits of an inbound. A holder that dies without letting
 * go blocks the panel only until its lease runs out.
 */
public interface PanelWriteLock {

  /**
   * Runs {@code write} while this caller alone may write to the panel, and lets go when it ends,
   * fails or is cancelled. Signals {@link
   * com.thousandproxy.application.panel.PanelUnavailableException} with reason {@code BUSY} (the
   * write was never started) when the turn does not come in time or the lock cannot be reached.
   */
  <T> Mono<T> whileHolding(PanelConnection panel, Mono<T> write);
}
