package com.thousandproxy.api.delivery;

import com.thousandproxy.api.support.ItDatabase;
import com.thousandproxy.application.provisioning.IssuedToken;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Test data of the delivery ITs written straight into the database: the demo catalog's inbounds get
 * full link settings (as a panel sync stores them), and clients are stored as provisioning stores
 * them, each with its own paid order.
 */
final class DeliveryItData {

  static final String HOST = "de.delivery.it.example";
  static final long UP = 123_456_789L;
  static final long DOWN = 987_654_321L;
  static final long LIMIT = 50L * 1024 * 1024 * 1024;

  private final ItDatabase database;

  DeliveryItData(ItDatabase database) {
    this.database = database;
  }

  /** Full link settings on the first inbound of every protocol, and a known public host. */
  void syncedInbounds() {
    update("UPDATE servers SET public_host = '" + HOST + "'");
    inbound(
        "vless",
        "{\"listen\":\"\",\"encryption\":\"none\"}",
        "{\"transport\":{\"type\":\"ws\",\"path\":\"/vl\",\"host\":\"cdn.example\"},"
            + "\"security\":{\"type\":\"tls\",\"serverName\":\""
            + HOST
            + "\","
            + "\"alpn\":[\"h2\",\"http/1.1\"],\"fingerprint\":\"chrome\"}}");
    inbound(
        "vmess",
        "{\"listen\":\"\"}",
        "{\"transport\":{\"type\":\"tcp\",\"headerType\":\"none\",\"requestPath\":\"\","
            + "\"requestHost\":\"\"},\"security\":{\"type\":\"none\"}}");
    inbound(
        "trojan",
        "{\"listen\":\"\"}",
        "{\"transport\":{\"type\":\"grpc\",\"serviceName\":\"tr\",\"authority\":\"\","
            + "\"multiMode\":false},\"security\":{\"type\":\"tls\",\"serverName\":\""
            + HOST
            + "\",\"alpn\":[],\"fingerprint\":\"chrome\"}}");
    inbound(
        "shadowsocks",
        "{\"listen\":\"\",\"method\":\"aes-256-gcm\"}",
        "{\"transport\":{\"type\":\"tcp\",\"headerType\":\"none\",\"requestPath\":\"\","
            + "\"requestHost\":\"\"},\"security\":{\"type\":\"none\"}}");
  }

  private void inbound(String protocol, String settings, String stream) {
    long id = inboundOf(protocol);
    try (Connection c = connection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE server_inbounds SET settings = ?, stream_settings = ? WHERE id = ?")) {
      s.setString(1, settings);
      s.setString(2, stream);
      s.setLong(3, id);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long inboundOf(String protocol) {
    return database.queryLong(
        "SELECT MIN(id) FROM server_inbounds WHERE protocol = '" + protocol + "'");
  }

  /** A client as provisioning stores it, with its own paid order; returns its id. */
  long client(long userId, String protocol, String status, Instant expiresAt, IssuedToken token) {
    long inbound = inboundOf(protocol);
    long server = database.queryLong("SELECT server_id FROM server_inbounds WHERE id = " + inbound);
    long plan =
        database.queryLong("SELECT MIN(id) FROM server_plans WHERE protocol = '" + protocol + "'");
    long order = 900_000 + database.queryLong("SELECT COUNT(*) FROM orders") + 1;
    String now = "'" + LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC) + "'";
    update(
        "INSERT INTO orders (id, user_id, kind, status, payment_status, payment_method,"
            + " total_amount, grand_amount, currency, version, created_at, updated_at) VALUES ("
            + order
            + ", "
            + userId
            + ", 'PURCHASE', 'COMPLETED', 'PAID', 'WALLET', 5, 5, 'USD',"
            + " 0, "
            + now
            + ", "
            + now
            + ")");
    boolean uuid = protocol.equals("vless") || protocol.equals("vmess");
    String secret = uuid ? UUID.randomUUID().toString() : "pw" + UUID.randomUUID().toString();
    String email = "o" + order + "-" + protocol;
    update(
        "INSERT INTO server_clients (user_id, server_id, server_inbound_id, server_plan_id,"
            + " order_id, unit_index, protocol, client_uuid, client_password, sub_id, email,"
            + " status, expires_at, traffic_up_bytes, traffic_down_bytes, traffic_limit_bytes,"
            + " limit_ip, subscription_token_hash, subscription_token_nonce, version, created_at,"
            + " updated_at) VALUES ("
            + userId
            + ", "
            + server
            + ", "
            + inbound
            + ", "
            + plan
            + ", "
            + order
            + ", 0, '"
            + protocol
            + "', "
            + (uuid ? "'" + secret + "', NULL" : "NULL, '" + secret + "'")
            + ", 'sub"
            + order
            + "', '"
            + email
            + "', '"
            + status
            + "', '"
            + LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC)
            + "', "
            + UP
            + ", "
            + DOWN
            + ", "
            + LIMIT
            + ", 2, '"
            + token.hash()
            + "', '"
            + token.nonce()
            + "', 0, "
            + now
            + ", "
            + now
            + ")");
    return database.queryLong("SELECT id FROM server_clients WHERE email = '" + email + "'");
  }

  void update(String sql) {
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("failed: " + sql, e);
    }
  }

  private Connection connection() throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), "app", "app");
  }
}
