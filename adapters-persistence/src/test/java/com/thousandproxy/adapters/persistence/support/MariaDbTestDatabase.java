package com.thousandproxy.adapters.persistence.support;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A fresh {@code app_it_<random>} database on the real MariaDB at 127.0.0.1:3306 (user app/app),
 * created over JDBC, migrated with Liquibase and dropped on close. No MariaDB means an error, never
 * a skipped test (toolchain G20).
 */
public final class MariaDbTestDatabase implements TestDatabase {

  private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
  private static final String USER = "app";
  private static final String PASSWORD = "app";

  private final String name;
  private final DataSource dataSource;
  private final ConnectionFactory connectionFactory;

  private MariaDbTestDatabase(String name) {
    this.name = name;
    this.dataSource =
        new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), SERVER + name, USER, PASSWORD);
    this.connectionFactory =
        ConnectionFactories.get(
            "r2dbc:mysql://"
                + USER
                + ":"
                + PASSWORD
                + "@127.0.0.1:3306/"
                + name
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&sslMode=DISABLED");
  }

  /** Creates and migrates a new database; {@code contexts} as for Liquibase, e.g. "main". */
  public static MariaDbTestDatabase create(String contexts) {
    String name = "app_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    MariaDbTestDatabase database = new MariaDbTestDatabase(name);
    try {
      TestDatabase.migrate(database.dataSource, contexts);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    return database;
  }

  public String name() {
    return name;
  }

  @Override
  public ConnectionFactory connectionFactory() {
    return connectionFactory;
  }

  @Override
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    execute("DROP DATABASE IF EXISTS " + name);
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("MariaDB at " + SERVER + " refused: " + sql, e);
    }
  }
}
