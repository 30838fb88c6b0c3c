package com.thousandproxy.adapters.persistence.catalog;

import static com.thousandproxy.adapters.persistence.support.Rows.values;

import com.thousandproxy.adapters.persistence.support.Rows;
import java.time.Instant;
import java.util.UUID;

/** Test data: inserts catalog rows (and the clients that fill servers) and returns their ids. */
public final class CatalogFixtures {

  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  private final Rows rows;
  private long userId;

  public CatalogFixtures(Rows rows) {
    this.rows = rows;
  }

  public long category(String name, int sortOrder) {
    return named("server_categories", name, sortOrder);
  }

  public long brand(String name, int sortOrder) {
    return named("server_brands", name, sortOrder);
  }

  private long named(String table, String name, int sortOrder) {
    return rows.insert(
        table,
        values()
            .with("name", name)
            .with("slug", name.toLowerCase())
            .with("sort_order", sortOrder)
            .stamped(T0));
  }

  public long server(String location, int capacity, boolean active, long categoryId, long brandId) {
    return rows.insert(
        "servers",
        values()
            .with("name", "panel " + location + " " + UUID.randomUUID())
            .with("panel_url", "https://panel.example.invalid:2053/x/")
            .with("username", "admin")
            .with("password_encrypted", "sealed")
            .with("public_host", location.toLowerCase() + ".example.invalid")
            .with("location", location)
            .with("capacity", capacity)
            .with("is_active", active)
            .with("category_id", categoryId)
            .with("brand_id", brandId)
            .stamped(T0));
  }

  long inbound(long serverId, int panelInboundId, String protocol, boolean enabled) {
    return rows.insert(
        "server_inbounds",
        values()
            .with("server_id", serverId)
            .with("panel_inbound_id", panelInboundId)
            .with("protocol", protocol)
            .with("port", 10_000 + panelInboundId)
            .with("settings", "{\"clients\": []}")
            .with("is_enabled", enabled)
            .stamped(T0));
  }

  PlanBuilder plan(String name) {
    return new PlanBuilder(name);
  }

  /** Places a client with this status on the inbound's server. */
  void client(long serverId, long inboundId, long planId, String status) {
    String unique = UUID.randomUUID().toString();
    rows.insert(
        "server_clients",
        values()
            .with("user_id", user())
            .with("server_id", serverId)
            .with("server_inbound_id", inboundId)
            .with("server_plan_id", planId)
            .with("unit_index", 0)
            .with("protocol", "vless")
            .with("client_uuid", unique)
            .with("email", unique)
            .with("status", status)
            .with("limit_ip", 1)
            .with("subscription_token_hash", unique)
            .stamped(T0));
  }

  private long user() {
    if (userId == 0) {
      userId =
          rows.insert(
              "users",
              values()
                  .with("email", "buyer-" + UUID.randomUUID() + "@example.invalid")
                  .with("password_hash", "x")
                  .with("name", "Buyer")
                  .with("role", "CUSTOMER")
                  .stamped(T0));
    }
    return userId;
  }

  /** A plan row; created {@code minutesAfterStart} minutes after a fixed instant. */
  final class PlanBuilder {

    private final Rows.Values values = values();
    private long[] pool = {};

    private PlanBuilder(String name) {
      values
          .with("name", name)
          .with("description", name + " described")
          .with("currency", "USD")
          .with("max_connections", 1)
          .with("is_active", true);
    }

    PlanBuilder price(String amount) {
      values.with("price", new java.math.BigDecimal(amount));
      return this;
    }

    PlanBuilder days(int days) {
      values.with("duration_days", days);
      return this;
    }

    PlanBuilder protocol(String wireName) {
      values.with("protocol", wireName);
      return this;
    }

    PlanBuilder bandwidthGb(int gigabytes) {
      values.with("bandwidth_limit_gb", gigabytes);
      return this;
    }

    PlanBuilder in(long categoryId, long brandId) {
      values.with("category_id", categoryId).with("brand_id", brandId);
      return this;
    }

    PlanBuilder inactive() {
      values.put("is_active", false);
      return this;
    }

    PlanBuilder createdMinutesAfterStart(int minutes) {
      values.stamped(T0.plusSeconds(60L * minutes));
      return this;
    }

    PlanBuilder pool(long... inboundIds) {
      pool = inboundIds;
      return this;
    }

    long insert() {
      long id = rows.insert("server_plans", values);
      for (long inboundId : pool) {
        rows.insertWithoutId(
            "server_plan_inbounds",
            values().with("server_plan_id", id).with("server_inbound_id", inboundId));
      }
      return id;
    }
  }
}
