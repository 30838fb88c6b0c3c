package com.thousandproxy.api.admin.clients;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.lifecycle.LifecyclePanelStubs;
import com.thousandproxy.api.support.Await;
import com.thousandproxy.api.support.ItDatabase;
import com.thousandproxy.api.support.TestJwtKeys;
import com.thousandproxy.application.server.port.out.SecretCipher;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Admin suspend and resume through HTTP on a fresh MariaDB database with the app's worker pool and
 * a WireMock 3x-ui panel: each answers 202, its job switches the client on the panel, moves its
 * status and leaves audit rows in the admin's name; the dashboard counts the active client and the
 * unknown panel clients stored by the latest traffic sync.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class AdminServerClientsIT {

  private static final String ADMIN_EMAIL = "clients-admin@it.1000proxy.test";
  private static final String ADMIN_PASSWORD = "It-Clients-Admin-Passw0rd-Qx7";
  private static final ItDatabase DATABASE = ItDatabase.create();
  private static final TestJwtKeys KEYS = TestJwtKeys.create();
  private static final LifecyclePanelStubs PANEL =
      new LifecyclePanelStubs(
          List.of(new LifecyclePanelStubs.Row("admin-1@1000proxy", "uuid-1", 1, 2)),
          new LifecyclePanelStubs.Row("none@1000proxy", "uuid-0", 0, 0));
  private static final String NOW = "UTC_TIMESTAMP(6)";

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::drop));
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    registry.add("spring.r2dbc.url", DATABASE::r2dbcUrl);
    registry.add("spring.liquibase.url", DATABASE::jdbcUrl);
    registry.add("app.security.jwt.private-key", KEYS::privateKeyLocation);
    registry.add("app.security.jwt.public-key", KEYS::publicKeyLocation);
    registry.add("app.rate-limit.key-prefix", () -> "it:" + UUID.randomUUID() + ":");
    registry.add("app.bootstrap.admin-email", () -> ADMIN_EMAIL);
    registry.add("app.bootstrap.admin-password", () -> ADMIN_PASSWORD);
    registry.add("app.secrets.encryption-key", () -> Base64.getEncoder().encodeToString(key));
    registry.add("app.jobs.poll-interval", () -> "100ms");
    registry.add("app.lifecycle.enabled", () -> "false");
  }

  @AfterAll
  static void stopPanel() {
    PANEL.server.stop();
  }

  @Autowired DatabaseClient db;
  @Autowired SecretCipher cipher;
  private WebTestClient client;

  @Autowired
  void slowMachineClient(WebTestClient webTestClient) {
    client = webTestClient.mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  @Test
  void suspendAndResumeThroughHttpSwitchTheClientOnThePanelAndAreAudited() {
    String admin = adminToken();
    seedClient();

    act("/api/v1/admin/server-clients/1/suspend", admin);
    awaitTrue("the client is SUSPENDED", () -> status().equals("SUSPENDED"));
    PANEL.server.verify(
        1,
        postRequestedFor(urlPathEqualTo(LifecyclePanelStubs.API + "updateClient/uuid-1"))
            .withRequestBody(containing("\\\"enable\\\":false")));

    act("/api/v1/admin/server-clients/1/resume", admin);
    awaitTrue("the client is ACTIVE", () -> status().equals("ACTIVE"));
    PANEL.server.verify(
        1,
        postRequestedFor(urlPathEqualTo(LifecyclePanelStubs.API + "updateClient/uuid-1"))
            .withRequestBody(containing("\\\"enable\\\":true")));

    long adminId = DATABASE.queryLong("SELECT id FROM users WHERE role = 'ADMIN'");
    assertThat(
            DATABASE.queryLong(
                "SELECT COUNT(*) FROM audit_log WHERE target_id = '1' AND actor_user_id = "
                    + adminId
                    + " AND action IN ('client.suspended', 'client.resumed',"
                    + " 'client.action_requested')"))
        .isEqualTo(4);
    client
        .post()
        .uri("/api/v1/admin/server-clients/999/suspend")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isNotFound();
    // The latest traffic sync of server 901 ran on another instance (or before a restart).
    sql(
        "INSERT INTO panel_unknown_clients (server_id, client_count, synced_at)"
            + " VALUES (901, 2, "
            + NOW
            + ")");
    client
        .get()
        .uri("/api/v1/admin/stats")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.data.activeClients")
        .isEqualTo(1)
        .jsonPath("$.data.servers[0].capacity")
        .isEqualTo(100)
        .jsonPath("$.data.unknownPanelClients")
        .isEqualTo(2);
  }

  private void act(String path, String admin) {
    client
        .post()
        .uri(path)
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isAccepted()
        .expectBody()
        .jsonPath("$.data.status")
        .isEqualTo("QUEUED");
  }

  private String status() {
    return db.sql("SELECT status FROM server_clients WHERE id = 1")
        .map(row -> row.get(0, String.class))
        .one()
        .block();
  }

  private void seedClient() {
    long owner = DATABASE.queryLong("SELECT id FROM users WHERE role = 'ADMIN'");
    sql(
        "INSERT INTO server_categories (id, name, slug, sort_order, created_at, updated_at)"
            + " VALUES (901, 'IT', 'it-clients', 0, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO server_brands (id, name, slug, sort_order, created_at, updated_at)"
            + " VALUES (901, 'IT', 'it-clients', 0, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO servers (id, name, panel_url, username, password_encrypted, tls_verify,"
            + " public_host, location, capacity, is_active, category_id, brand_id, sort_order,"
            + " created_at, updated_at) VALUES (901, 'IT-1', '"
            + PANEL.url()
            + "', 'admin', '"
            + cipher.seal("pa55")
            + "', FALSE, 'it1.example.com', 'DE', 100, TRUE, 901, 901, 0, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO server_inbounds (id, server_id, panel_inbound_id, protocol, port, remark,"
            + " network, security, is_enabled, created_at, updated_at) VALUES (901, 901, 1,"
            + " 'vless', 444, 'IT-1', 'tcp', 'none', TRUE, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO server_plans (id, name, price, currency, duration_days, max_connections,"
            + " bandwidth_limit_gb, protocol, category_id, brand_id, is_active, sort_order,"
            + " created_at, updated_at) VALUES (901, 'IT 30', 4.5, 'USD', 30, 2, 100, 'vless',"
            + " 901, 901, TRUE, 0, "
            + NOW
            + ", "
            + NOW
            + ")");
    sql(
        "INSERT INTO server_clients (id, user_id, server_id, server_inbound_id, server_plan_id,"
            + " unit_index, protocol, client_uuid, sub_id, email, status, expires_at,"
            + " traffic_limit_bytes, limit_ip, subscription_token_hash, version, created_at,"
            + " updated_at) VALUES (1, "
            + owner
            + ", 901, 901, 901, 0, 'vless', 'uuid-1', 's', 'admin-1@1000proxy', 'ACTIVE',"
            + " DATE_ADD(UTC_TIMESTAMP(6), INTERVAL 10 DAY), NULL, 2, 'it-hash-1', 0, "
            + NOW
            + ", "
            + NOW
            + ")");
  }

  private void sql(String statement) {
    db.sql(statement).then().block();
  }

  /** The first admin is created once the application is ready: wait for it, then log in. */
  @SuppressWarnings("unchecked")
  private String adminToken() {
    awaitTrue(
        "the bootstrap admin exists",
        () -> DATABASE.queryLong("SELECT COUNT(*) FROM users WHERE role = 'ADMIN'") > 0);
    Map<String, Object> body =
        client
            .post()
            .uri("/api/v1/auth/login")
            .bodyValue(Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return (String) ((Map<String, Object>) body.get("data")).get("accessToken");
  }

  private static void awaitTrue(String what, BooleanSupplier condition) {
    Await.until(what, Duration.ofSeconds(60), condition);
  }
}
