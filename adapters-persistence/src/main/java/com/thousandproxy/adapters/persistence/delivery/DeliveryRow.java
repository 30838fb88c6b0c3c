package com.thousandproxy.adapters.persistence.delivery;

import io.r2dbc.spi.Readable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One client joined with its inbound, server and plan, flat and as stored: the unit the feed cache
 * keeps (as JSON in Redis), turned into links by {@link DeliveryRows}.
 *
 * @param expiresAtMillis epoch milliseconds, null when never set
 */
record DeliveryRow(
    long id,
    long userId,
    Long orderId,
    long serverId,
    long inboundId,
    long planId,
    String protocol,
    String uuid,
    String password,
    String email,
    String status,
    Long expiresAtMillis,
    Long limitBytes,
    long upBytes,
    long downBytes,
    int limitIp,
    String tokenHash,
    String tokenNonce,
    int port,
    String remark,
    String settings,
    String streamSettings,
    String serverName,
    String location,
    String publicHost,
    String planName) {

  /**
   * Whether a cache may keep this row: a pending client is about to change, and the feed cache is
   * invalidated inside provisioning's transaction, so a pending row read just before its commit
   * would otherwise be served, empty, until the TTL.
   */
  boolean cacheable() {
    return !"PENDING".equals(status);
  }

  static final String SELECT =
      "SELECT c.id, c.user_id, c.order_id, c.server_id, c.server_inbound_id, c.server_plan_id,"
          + " c.protocol, c.client_uuid, c.client_password, c.email, c.status, c.expires_at,"
          + " c.traffic_limit_bytes, c.traffic_up_bytes, c.traffic_down_bytes, c.limit_ip,"
          + " c.subscription_token_hash, c.subscription_token_nonce, i.port, i.remark,"
          + " i.settings, i.stream_settings, s.name AS server_name, s.location, s.public_host,"
          + " p.name AS plan_name"
          + " FROM server_clients c JOIN server_inbounds i ON i.id = c.server_inbound_id"
          + " JOIN servers s ON s.id = c.server_id JOIN server_plans p ON p.id = c.server_plan_id";

  static DeliveryRow read(Readable row) {
    LocalDateTime expires = row.get("expires_at", LocalDateTime.class);
    Integer limitIp = row.get("limit_ip", Integer.class);
    return new DeliveryRow(
        row.get("id", Long.class),
        row.get("user_id", Long.class),
        row.get("order_id", Long.class),
        row.get("server_id", Long.class),
        row.get("server_inbound_id", Long.class),
        row.get("server_plan_id", Long.class),
        row.get("protocol", String.class),
        row.get("client_uuid", String.class),
        row.get("client_password", String.class),
        row.get("email", String.class),
        row.get("status", String.class),
        expires == null ? null : expires.toInstant(ZoneOffset.UTC).toEpochMilli(),
        row.get("traffic_limit_bytes", Long.class),
        row.get("traffic_up_bytes", Long.class),
        row.get("traffic_down_bytes", Long.class),
        limitIp == null ? 0 : limitIp,
        row.get("subscription_token_hash", String.class),
        row.get("subscription_token_nonce", String.class),
        row.get("port", Integer.class),
        row.get("remark", String.class),
        row.get("settings", String.class),
        row.get("stream_settings", String.class),
        row.get("server_name", String.class),
        row.get("location", String.class),
        row.get("public_host", String.class),
        row.get("plan_name", String.class));
  }
}
