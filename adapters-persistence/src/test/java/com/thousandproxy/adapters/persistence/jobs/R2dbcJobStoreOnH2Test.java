package com.thousandproxy.adapters.persistence.jobs;

import com.thousandproxy.adapters.persistence.support.H2TestDatabase;
import com.thousandproxy.adapters.persistence.support.TestDatabase;

/** The job store contract on H2 in MySQL mode (the demo profile): SKIP LOCKED included. */
class R2dbcJobStoreOnH2Test extends JobStoreContract {

  @Override
  TestDatabase createDatabase() {
    return H2TestDatabase.create("main");
  }

  @Override
  boolean claimsLockOnlyTheRowsTheyTake() {
    return false;
  }
}
