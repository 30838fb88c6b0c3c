package com.thousandproxy.adapters.persistence.jobs;

import com.thousandproxy.adapters.persistence.support.H2TestDatabase;
import com.thousandproxy.adapters.persistence.support.TestDatabase;

/** The job queue contract on H2 in MySQL mode (the demo profile). */
class R2dbcJobQueueOnH2Test extends JobQueueContract {

  @Override
  TestDatabase createDatabase() {
    return H2TestDatabase.create("main");
  }
}
