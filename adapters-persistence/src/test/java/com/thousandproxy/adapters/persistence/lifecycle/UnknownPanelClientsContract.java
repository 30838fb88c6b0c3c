package com.thousandproxy.adapters.persistence.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.adapters.persistence.catalog.CatalogFixtures;
import com.thousandproxy.adapters.persistence.support.Rows;
import com.thousandproxy.adapters.persistence.support.TestDatabase;
import com.thousandproxy.domain.server.ServerId;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The unknown panel clients as stored by one instance's traffic sync and read by any other, on a
 * fresh database per test with two servers.
 */
abstract class UnknownPanelClientsContract {

  private TestDatabase database;
  private DatabaseClient db;
  private ServerId first;
  private ServerId second;

  abstract TestDatabase createDatabase();

  @BeforeEach
  void twoServers() {
    database = createDatabase();
    db = database.client();
    CatalogFixtures given = new CatalogFixtures(new Rows(db));
    long category = given.category("C", 0);
    long brand = given.brand("B", 0);
    first = new ServerId(given.server("DE", 10, true, category, brand));
    second = new ServerId(given.server("NL", 10, true, category, brand));
  }

  @AfterEach
  void drop() {
    database.close();
  }

  /** Another application instance, or this one after a restart: nothing kept in memory. */
  private R2dbcUnknownPanelClients instance() {
    return new R2dbcUnknownPanelClients(db, Clock.systemUTC());
  }

  @Test
  void what_one_instance_reports_every_instance_counts_even_after_a_restart() {
    instance().report(first, Set.of("stranger@a", "stranger@b")).block();
    instance().report(second, Set.of("stranger@c")).block();

    assertThat(instance().count().block()).isEqualTo(3);
  }

  @Test
  void the_latest_sync_of_a_server_replaces_its_count() {
    var sync = instance();
    sync.report(first, Set.of("stranger@a", "stranger@b")).block();
    sync.report(second, Set.of("stranger@c")).block();

    instance().report(first, Set.of()).block();

    assertThat(instance().count().block()).isEqualTo(1);
  }

  @Test
  void nothing_reported_counts_zero_and_a_deleted_server_stops_counting() {
    assertThat(instance().count().block()).isZero();
    instance().report(second, Set.of("stranger@c")).block();

    db.sql("DELETE FROM servers WHERE id = :id").bind("id", second.value()).then().block();

    assertThat(instance().count().block()).isZero();
  }
}
