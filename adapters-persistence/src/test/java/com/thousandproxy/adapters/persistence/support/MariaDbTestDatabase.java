package com.thousandproxy.adapters.persistence.support;

import io.r2dbc.spi.ConnectionFactories;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A fresh {@code app_it_<random>} database on the real MariaDB at 127.0.0.1:3306 (user app/app),
 * created over JDBC, migrated with Liquibase and dropped on close. No MariaDB means an error, never
 * a skipped test (toolchain G20).
 */
public final class MariaDbTestDatabase extends TestDatabase {

  private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
  private static final String USER = "app";
  private static final String PASSWORD = "app";
  private static final String R2DBC_OPTIONS =
      "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&sslMode=DISABLED";

  private final String name;

  private MariaDbTestDatabase(String name) {
    super(
        new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), SERVER + name, USER, PASSWORD),
        ConnectionFactories.get(
            "r2dbc:mysql://" + USER + ":" + PASSWORD + "@127.0.0.1:3306/" + name + R2DBC_OPTIONS));
    this.name = name;
  }

  /** Creates and migrates a new database; {@code contexts} as for Liquibase, e.g. "main". */
  public static MariaDbTestDatabase create(String contexts) {
    String name = "app_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    MariaDbTestDatabase database = new MariaDbTestDatabase(name);
    try {
      database.migrate(contexts);
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
