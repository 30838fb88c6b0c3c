package com.thousandproxy.adapters.persistence.jobs;

import com.thousandproxy.adapters.persistence.support.MariaDbTestDatabase;
import com.thousandproxy.adapters.persistence.support.TestDatabase;

/** The job store contract on the real MariaDB, in a fresh database. */
class R2dbcJobStoreIT extends JobStoreContract {

  @Override
  TestDatabase createDatabase() {
    return MariaDbTestDatabase.create("main");
  }
}
