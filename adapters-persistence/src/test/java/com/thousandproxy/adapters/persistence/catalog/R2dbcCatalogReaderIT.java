package com.thousandproxy.adapters.persistence.catalog;

import com.thousandproxy.adapters.persistence.support.MariaDbTestDatabase;
import com.thousandproxy.adapters.persistence.support.TestDatabase;

/** The catalog reader contract on the real MariaDB, in a fresh database. */
class R2dbcCatalogReaderIT extends CatalogReaderContract {

  @Override
  TestDatabase createDatabase() {
    return MariaDbTestDatabase.create("main");
  }
}
