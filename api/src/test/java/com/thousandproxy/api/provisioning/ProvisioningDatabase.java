package com.thousandproxy.api.provisioning;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.UUID;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A fresh {@code app_it_<random>} database on the real MariaDB, migrated with the changelog and
 * dropped on close, with the catalog, a user and paid orders seeded over SQL. Fails loudly when
 * MariaDB is not running.
 */
public final class ProvisioningDatabase implements AutoCloseable {

  private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
  private static final String NOW = "'2026-03-01 12:00:00'";
  private static final String OPTIONS =
      "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&sslMode=DISABLED";

  final String name = "app_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  final ConnectionFactory connections;
  public final DatabaseClient db;

  public ProvisioningDatabase() {
    jdbc("", "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    SpringLiquibase liquibase = new SpringLiquibase();
    liquibase.setDataSource(
        new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), SERVER + name, "app", "app"));
    liquibase.setChangeLog("classpath:/db/changelog/db.changelog-master.yaml");
    liquibase.setContexts("main");
    liquibase.setResourceLoader(new DefaultResourceLoader());
    try {
      liquibase.afterPropertiesSet();
    } catch (Exception e) {
      close();
      throw new IllegalStateException("changelog failed", e);
    }
    connections =
        ConnectionFactories.get(
            "r2dbc:pool:mysql://app:app@127.0.0.1:3306/" + name + OPTIONS + "&maxSize=16");
    db = DatabaseClient.create(connections);
  }

  /** For an application started on this database (user app/app). */
  String r2dbcUrl() {
    return "r2dbc:mysql://127.0.0.1:3306/" + name + OPTIONS;
  }

  String jdbcUrl() {
    return SERVER + name;
  }

  /** A user, a category and brand, one server with one inbound and a plan whose pool it is. */
  public long seedCatalog(String panelUrl, int capacity) {
    sql(
        "INSERT INTO users (id, email, password_hash, name, role, is_active, created_at,"
            + " updated_at) VALUES (3, 'buyer@example.com', 'x', 'Buyer', 'CUSTOMER', TRUE, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO server_categories (id, name, slug, sort_order, created_at, updated_at)"
            + " VALUES (1, 'Privacy', 'privacy', 0, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO server_brands (id, name, slug, sort_order, created_at, updated_at)"
            + " VALUES (1, 'Basic', 'basic', 0, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO servers (id, name, panel_url, username, password_encrypted, tls_verify,"
            + " public_host, location, capacity, is_active, category_id, brand_id, sort_order,"
            + " created_at, updated_at) VALUES (1, 'DE-1', '"
            + panelUrl
            + "', 'admin', 'pa55',"
            + " FALSE, 'de1.example.com', 'DE', "
            + capacity
            + ", TRUE, 1, 1, 0, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO server_inbounds (id, server_id, panel_inbound_id, protocol, port, remark,"
            + " network, security, is_enabled, created_at, updated_at) VALUES (10, 1, 1, 'vless',"
            + " 444, 'DE-1', 'tcp', 'none', TRUE, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO server_plans (id, name, price, currency, duration_days, max_connections,"
            + " bandwidth_limit_gb, protocol, category_id, brand_id, is_active, sort_order,"
            + " created_at, updated_at) VALUES (5, 'Basic 30', 4.5, 'USD', 30, 2, 100, 'vless',"
            + " 1, 1, TRUE, 0, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql("INSERT INTO server_plan_inbounds (server_plan_id, server_inbound_id) VALUES (5, 10)");
    return 5;
  }

  /** A PAID purchase of {@code quantity} units of plan 5; its item id is {@code orderId * 10}. */
  public void paidOrder(long orderId, int quantity) {
    String total = String.valueOf(4.5 * quantity);
    sql(
        "INSERT INTO orders (id, user_id, kind, status, payment_status, payment_method,"
            + " total_amount, grand_amount, currency, paid_at, version, created_at, updated_at)"
            + " VALUES ("
            + orderId
            + ", 3, 'PURCHASE', 'PAID', 'PAID', 'WALLET', "
            + total
            + ", "
            + total
            + ", 'USD', "
            + NOW
            + ", 0, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO order_items (id, order_id, server_plan_id, plan_name, duration_days,"
            + " quantity, unit_amount, total_amount, currency, created_at) VALUES ("
            + orderId * 10
            + ", "
            + orderId
            + ", 5, 'Basic 30', 30, "
            + quantity
            + ", 4.5, "
            + total
            + ", 'USD', "
            + NOW
            + ")");
  }

  /** {@code count} PAID one-unit purchases with ids {@code first, first + 1, ...}. */
  void paidOrders(long first, int count) {
    StringBuilder orders = new StringBuilder();
    StringBuilder items = new StringBuilder();
    for (long id = first; id < first + count; id++) {
      String sep = id == first ? "" : ", ";
      orders
          .append(sep)
          .append("(")
          .append(id)
          .append(", 3, 'PURCHASE', 'PAID', 'PAID', 'WALLET', 4.5, 4.5, 'USD', ")
          .append(NOW)
          .append(", 0, ")
          .append(NOW)
          .append(", ")
          .append(NOW)
          .append(")");
      items
          .append(sep)
          .append("(")
          .append(id * 10)
          .append(", ")
          .append(id)
          .append(", 5, 'Basic 30', 30, 1, 4.5, 4.5, 'USD', ")
          .append(NOW)
          .append(")");
    }
    sql(
        "INSERT INTO orders (id, user_id, kind, status, payment_status, payment_method,"
            + " total_amount, grand_amount, currency, paid_at, version, created_at, updated_at)"
            + " VALUES "
            + orders);
    sql(
        "INSERT INTO order_items (id, order_id, server_plan_id, plan_name, duration_days,"
            + " quantity, unit_amount, total_amount, currency, created_at) VALUES "
            + items);
  }

  /** A PAID renewal of the client, one period of plan 5. */
  void paidRenewal(long orderId, long clientId) {
    paidOrder(orderId, 1);
    sql(
        "UPDATE orders SET kind = 'RENEWAL', renews_server_client_id = "
            + clientId
            + " WHERE id = "
            + orderId);
  }

  public long count(String query) {
    return db.sql(query).map(row -> ((Number) row.get(0)).longValue()).one().block();
  }

  public String string(String query) {
    return db.sql(query).map(row -> String.valueOf(row.get(0))).one().block();
  }

  LocalDateTime time(String query) {
    return db.sql(query).map(row -> row.get(0, LocalDateTime.class)).one().block();
  }

  public void sql(String statement) {
    jdbc(name, statement);
  }

  @Override
  public void close() {
    if (connections instanceof reactor.core.Disposable pool) {
      pool.dispose();
    }
    jdbc("", "DROP DATABASE IF EXISTS " + name);
  }

  private static void jdbc(String database, String sql) {
    try (Connection connection = DriverManager.getConnection(SERVER + database, "app", "app");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("MariaDB at " + SERVER + " refused: " + sql, e);
    }
  }
}
