package com.thousandproxy.adapters.persistence.jobs;

import com.thousandproxy.adapters.persistence.support.MariaDbTestDatabase;
import com.thousandproxy.adapters.persistence.support.TestDatabase;

/** The job queue contract on the real MariaDB, in a fresh database. */
class R2dbcJobQueueIT extends JobQueueContract {

  @Override
  TestDatabase createDatabase() {
    return MariaDbTestDatabase.create("main");
  }
}
