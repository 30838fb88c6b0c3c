package com.thousandproxy.api.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One throw-away MariaDB database per test run ({@code app_it_<random>}), dropped when the JVM
 * ends. Creating it fails loudly when MariaDB is not running: integration tests never skip.
 */
public final class FreshMariaDb {

  private static final String HOST = System.getProperty("it.mariadb.host", "127.0.0.1:3306");
  private static final String USER = System.getProperty("it.mariadb.user", "app");
  private static final String PASSWORD = System.getProperty("it.mariadb.password", "app");
  private static final String NAME = create();

  private FreshMariaDb() {}

  public static String name() {
    return NAME;
  }

  /** Points the app's R2DBC and Liquibase settings at the fresh database and at local Redis. */
  public static void register(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.r2dbc.url",
        () ->
            "r2dbc:mysql://"
                + HOST
                + "/"
                + NAME
                + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&sslMode=DISABLED");
    registry.add("spring.r2dbc.username", () -> USER);
    registry.add("spring.r2dbc.password", () -> PASSWORD);
    registry.add("spring.liquibase.url", () -> jdbcUrl(NAME));
    registry.add("spring.liquibase.user", () -> USER);
    registry.add("spring.liquibase.password", () -> PASSWORD);
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(NAME), USER, PASSWORD);
  }

  private static String jdbcUrl(String database) {
    return "jdbc:mariadb://" + HOST + "/" + database;
  }

  private static String create() {
    String name = "app_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name)));
    return name;
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(""), USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "MariaDB must run on " + HOST + " with user " + USER + " (see .ci/services.sh)", e);
    }
  }
}
