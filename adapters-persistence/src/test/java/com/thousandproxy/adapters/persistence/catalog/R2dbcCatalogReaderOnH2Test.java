package com.thousandproxy.adapters.persistence.catalog;

import com.thousandproxy.adapters.persistence.support.H2TestDatabase;
import com.thousandproxy.adapters.persistence.support.TestDatabase;

/** The catalog reader contract on H2 in MySQL mode (the embedded demo profile). */
class R2dbcCatalogReaderOnH2Test extends CatalogReaderContract {

  @Override
  TestDatabase createDatabase() {
    return H2TestDatabase.create("main");
  }
}
