package com.thousandproxy.adapters.persistence.lifecycle;

import com.thousandproxy.adapters.persistence.support.H2TestDatabase;
import com.thousandproxy.adapters.persistence.support.TestDatabase;

/** The unknown panel clients on H2 in MySQL mode (the demo profile). */
class R2dbcUnknownPanelClientsOnH2Test extends UnknownPanelClientsContract {

  @Override
  TestDatabase createDatabase() {
    return H2TestDatabase.create("main");
  }
}
