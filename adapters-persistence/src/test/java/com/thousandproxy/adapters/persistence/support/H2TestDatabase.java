package com.thousandproxy.adapters.persistence.support;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A named in-memory H2 database in MySQL mode, as the embedded demo profile uses it. */
public final class H2TestDatabase extends TestDatabase {

  private static final String OPTIONS =
      "DB_CLOSE_DELAY=-1;MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

  private H2TestDatabase(String name) {
    super(
        new SimpleDriverDataSource(
            new org.h2.Driver(), "jdbc:h2:mem:" + name + ";" + OPTIONS, "sa", ""),
        ConnectionFactories.get(
            ConnectionFactoryOptions.parse("r2dbc:h2:mem:///" + name + "?options=" + OPTIONS)
                .mutate()
                .option(ConnectionFactoryOptions.USER, "sa")
                .option(ConnectionFactoryOptions.PASSWORD, "")
                .build()));
  }

  /** Creates and migrates a new database; {@code contexts} as for Liquibase, e.g. "main,demo". */
  public static H2TestDatabase create(String contexts) {
    H2TestDatabase database =
        new H2TestDatabase("catalog_" + UUID.randomUUID().toString().replace("-", ""));
    database.migrate(contexts);
    return database;
  }

  @Override
  public void close() {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    } catch (SQLException e) {
      throw new IllegalStateException("H2 did not shut down", e);
    }
  }
}
