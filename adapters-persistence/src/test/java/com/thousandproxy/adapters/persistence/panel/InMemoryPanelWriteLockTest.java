package com.thousandproxy.adapters.persistence.panel;

import com.thousandproxy.application.panel.port.out.PanelWriteLock;
import java.time.Duration;

/** The in-memory lock of the demo profile: one process, so the "instances" share its leases. */
class InMemoryPanelWriteLockTest extends PanelWriteLockContract {

  private final InMemoryPanelWriteLock leases =
      new InMemoryPanelWriteLock(LONG_LEASE, Duration.ofSeconds(1));

  @Override
  PanelWriteLock instance(Duration lease, Duration maxWait) {
    return leases.sharing(lease, maxWait);
  }
}
