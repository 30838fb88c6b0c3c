package com.thousandproxy.adapters.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.adapters.persistence.catalog.R2dbcCatalogReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.r2dbc.convert.MappingR2dbcConverter;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.r2dbc.dialect.MySqlDialect;
import org.springframework.data.r2dbc.mapping.R2dbcMappingContext;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The whole changelog, demo context included, on the real MariaDB in a JVM zone that is not UTC.
 */
class ChangelogOnMariaDbIT {

  private static final List<String> TABLES =
      List.of(
          "users",
          "refresh_tokens",
          "api_keys",
          "server_categories",
          "server_brands",
          "servers",
          "server_inbounds",
          "server_plans",
          "server_plan_inbounds",
          "orders",
          "order_items",
          "invoices",
          "payments",
          "payment_events",
          "wallets",
          "wallet_transactions",
          "server_clients",
          "client_traffic_snapshots",
          "jobs",
          "audit_log",
          "idempotency_keys");

  private static MariaDbTestDatabase database;
  private static DatabaseClient db;

  @BeforeAll
  static void migrateWithDemoData() {
    database = MariaDbTestDatabase.create("main,demo");
    db = database.client();
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
  }

  @Test
  void createsEveryTableOfTheDataModel() {
    List<String> tables =
        db.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = :schema")
            .bind("schema", database.name())
            .map(row -> row.get(0, String.class).toLowerCase())
            .all()
            .collectList()
            .block();

    assertThat(tables).containsAll(TABLES);
  }

  @Test
  void createsTheUniqueKeysAndIndexesLaterFeaturesRelyOn() {
    List<String> indexes =
        db.sql(
                "SELECT DISTINCT index_name FROM information_schema.statistics"
                    + " WHERE table_schema = :schema")
            .bind("schema", database.name())
            .map(row -> row.get(0, String.class).toLowerCase())
            .all()
            .collectList()
            .block();

    assertThat(indexes)
        .contains(
            "uk_users_email",
            "uk_payments_provider_payment",
            "uk_server_clients_server_email",
            "uk_server_categories_slug",
            "uk_server_brands_slug",
            "uk_api_keys_prefix",
            "uk_refresh_tokens_token_hash",
            "uk_server_clients_subscription_token",
            "uk_invoices_number",
            "uk_idempotency_keys_user_key",
            "uk_payment_events_provider_event",
            "uk_server_clients_order_item_unit",
            "ix_orders_user_created",
            "ix_server_clients_user_server",
            "ix_server_plans_active_price",
            "ix_jobs_status_priority_run_at");
  }

  @Test
  void jsonColumnsRefuseADocumentThatIsNotJson() {
    String insert =
        "INSERT INTO jobs (type, payload, priority, status, max_attempts, run_at, created_at,"
            + " updated_at) VALUES ('t', :payload, 'HIGH', 'QUEUED', 3, :at, :at, :at)";
    Instant at = Instant.parse("2026-03-29T01:30:00Z");

    db.sql(insert).bind("payload", "{\"orderId\": 1}").bind("at", at).then().block();
    assertThatThrownBy(() -> db.sql(insert).bind("payload", "{oops").bind("at", at).then().block())
        .hasMessageContaining("payload");
  }

  @Test
  void theDemoCatalogIsReadableAndFlagsReadAsBooleans() {
    R2dbcCatalogReader reader = new R2dbcCatalogReader(db);

    assertThat(reader.categories().collectList().block()).hasSize(3);
    assertThat(
            db.sql("SELECT is_active FROM servers")
                .map(row -> row.get(0, Boolean.class))
                .all()
                .collectList()
                .block())
        .containsExactly(true, true);
  }

  @Test
  void instantsRoundTripAsUtcWallTimeThroughTheUtcConverters() {
    assertThat(ZoneId.systemDefault().getId()).isEqualTo("America/New_York");
    R2dbcCustomConversions conversions =
        R2dbcCustomConversions.of(MySqlDialect.INSTANCE, UtcConverters.all());
    R2dbcMappingContext mapping = new R2dbcMappingContext();
    mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
    R2dbcEntityTemplate template =
        new R2dbcEntityTemplate(
            db, MySqlDialect.INSTANCE, new MappingR2dbcConverter(mapping, conversions));
    Instant at = Instant.parse("2026-03-29T01:30:00.123456Z");

    Category saved = template.insert(new Category(null, "Timed", "timed", 9, at, at)).block();
    Category read =
        template
            .select(Category.class)
            .matching(
                org.springframework.data.relational.core.query.Query.query(
                    org.springframework.data.relational.core.query.Criteria.where("slug")
                        .is("timed")))
            .one()
            .block();

    assertThat(read.createdAt()).isEqualTo(at);
    assertThat(read.id()).isEqualTo(saved.id());
    assertThat(
            db.sql(
                    "SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s.%f') FROM server_categories"
                        + " WHERE slug = 'timed'")
                .map(row -> row.get(0, String.class))
                .one()
                .block())
        .isEqualTo("2026-03-29 01:30:00.123456");
  }

  @Table("server_categories")
  record Category(
      @Id Long id, String name, String slug, int sortOrder, Instant createdAt, Instant updatedAt) {}
}
