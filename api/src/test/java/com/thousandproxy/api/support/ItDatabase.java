package com.thousandproxy.api.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throw-away {@code app_it_<random>} database on the real MariaDB at 127.0.0.1:3306 (user
 * app/app); the application migrates it with Liquibase at start. No MariaDB means a failure, never
 * a skipped test.
 */
public final class ItDatabase {

  private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
  private static final String USER = "app";
  private static final String PASSWORD = "app";

  private final String name;

  private ItDatabase(String name) {
    this.name = name;
  }

  public static ItDatabase create() {
    String name = "app_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    return new ItDatabase(name);
  }

  public String r2dbcUrl() {
    return "r2dbc:mysql://127.0.0.1:3306/"
        + name
        + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&sslMode=DISABLED";
  }

  public String jdbcUrl() {
    return SERVER + name;
  }

  /** The first column of the first row of a query, e.g. a count. */
  public long queryLong(String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
        Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getLong(1) : 0;
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }

  public void drop() {
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
