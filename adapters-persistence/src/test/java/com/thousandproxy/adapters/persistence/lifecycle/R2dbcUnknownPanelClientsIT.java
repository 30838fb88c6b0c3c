package com.thousandproxy.adapters.persistence.lifecycle;

import com.thousandproxy.adapters.persistence.support.MariaDbTestDatabase;
import com.thousandproxy.adapters.persistence.support.TestDatabase;

/** The unknown panel clients on the real MariaDB. */
class R2dbcUnknownPanelClientsIT extends UnknownPanelClientsContract {

  @Override
  TestDatabase createDatabase() {
    return MariaDbTestDatabase.create("main");
  }
}
