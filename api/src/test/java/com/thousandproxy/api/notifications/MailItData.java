package com.thousandproxy.api.notifications;

import com.thousandproxy.application.provisioning.IssuedToken;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The e-mail ITs' catalog written straight into the database: one server on the WireMock panel with
 * a vless inbound whose link settings are stored (as a panel sync stores them), one plan on it, and
 * clients as provisioning stores them.
 */
final class MailItData {

  static final long PLAN = 951;
  static final String HOST = "de1.mail.it.example";
  private static final String NOW = "UTC_TIMESTAMP(6)";

  private final DatabaseClient db;

  MailItData(DatabaseClient db) {
    this.db = db;
  }

  void catalog(String panelUrl, String sealedPassword) {
    sql(
        "INSERT INTO server_categories (id, name, slug, sort_order, created_at, updated_at)"
            + " VALUES (951, 'Mail IT', 'mail-it', 0, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO server_brands (id, name, slug, sort_order, created_at, updated_at)"
            + " VALUES (951, 'Mail IT', 'mail-it', 0, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO servers (id, name, panel_url, username, password_encrypted, tls_verify,"
            + " public_host, location, capacity, is_active, category_id, brand_id, sort_order,"
            + " created_at, updated_at) VALUES (951, 'Mail-1', '"
            + panelUrl
            + "', 'admin', '"
            + sealedPassword
            + "', FALSE, '"
            + HOST
            + "', 'DE', 100, TRUE, 951, 951, 0, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO server_inbounds (id, server_id, panel_inbound_id, protocol, port, remark,"
            + " network, security, settings, stream_settings, is_enabled, created_at, updated_at)"
            + " VALUES (951, 951, 1, 'vless', 444, 'Mail-1', 'tcp', 'none',"
            + " '{\"listen\":\"\",\"encryption\":\"none\"}',"
            + " '{\"transport\":{\"type\":\"tcp\",\"headerType\":\"none\",\"requestPath\":\"\","
            + "\"requestHost\":\"\"},\"security\":{\"type\":\"none\"}}', TRUE, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO server_plans (id, name, price, currency, duration_days, max_connections,"
            + " bandwidth_limit_gb, protocol, category_id, brand_id, is_active, sort_order,"
            + " created_at, updated_at) VALUES (951, 'Mail 30 days', 4.5, 'USD', 30, 2, 100,"
            + " 'vless', 951, 951, TRUE, 0, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql("INSERT INTO server_plan_inbounds (server_plan_id, server_inbound_id) VALUES (951, 951)");
  }

  /** An ACTIVE client of the user on the mail IT inbound, as provisioning stores it. */
  void client(long id, long userId, String uuid, Instant expiresAt, IssuedToken token) {
    sql(
        "INSERT INTO server_clients (id, user_id, server_id, server_inbound_id, server_plan_id,"
            + " unit_index, protocol, client_uuid, sub_id, email, status, expires_at,"
            + " traffic_limit_bytes, limit_ip, subscription_token_hash,"
            + " subscription_token_nonce, version, created_at, updated_at) VALUES ("
            + id
            + ", "
            + userId
            + ", 951, 951, 951, 0, 'vless', '"
            + uuid
            + "', 's"
            + id
            + "', 'mail-"
            + id
            + "@1000proxy', 'ACTIVE', '"
            + LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC)
            + "', NULL, 2, '"
            + token.hash()
            + "', '"
            + token.nonce()
            + "', 0, "
            + NOW
            + ", "
            + NOW
            + ")");
  }

  private void sql(String statement) {
    db.sql(statement).then().block();
  }
}
