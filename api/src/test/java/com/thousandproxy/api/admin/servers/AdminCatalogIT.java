package com.thousandproxy.api.admin.servers;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.support.ItDatabase;
import com.thousandproxy.api.support.RunLog;
import com.thousandproxy.api.support.TestJwtKeys;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The admin half of the panel integration on a fresh MariaDB database, the real Redis and a
 * WireMock 3x-ui panel: categories, brands, a server on the panel, a sync, a plan on the synced
 * inbounds and the public catalog showing it; validation, roles and conflicts; and the panel
 * password in no response and no log line of the whole run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "60s")
class AdminCatalogIT {

  static final String PANEL_PASSWORD = "Pnl-Secret-9f3Kx7QwZ2";
  static final String OTHER_PANEL_PASSWORD = "Pnl-Other-4hT8mRv1Lp";
  static final String ADMIN_EMAIL = "root@admin-it.1000proxy.test";
  static final String ADMIN_PASSWORD = "It-Admin-Passw0rd-Qx7";
  static final String USER_PASSWORD = "It-User-Passw0rd-Zk4";

  static final ItDatabase DATABASE = ItDatabase.create();
  static final TestJwtKeys KEYS = TestJwtKeys.create();
  static final XuiPanelStub PANEL = XuiPanelStub.start(PANEL_PASSWORD);
  static final String RUN = UUID.randomUUID().toString();
  static final Path AUDIT_FILE = Path.of("target", "it-logs", "admin-audit-" + RUN + ".jsonl");
  static final Path RUN_LOG = Path.of("target", "it-logs", "admin-run-" + RUN + ".log");
  private static final AtomicInteger SEQUENCE = new AtomicInteger(1);

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
    registry.add("app.security.trusted-proxies", () -> "127.0.0.1/32,::1/128");
    registry.add("app.security.audit-log-file", AUDIT_FILE::toString);
    registry.add("app.rate-limit.key-prefix", () -> "it:" + RUN + ":");
    registry.add("app.panels.session-key-prefix", () -> "it:" + RUN + ":panel:");
    registry.add("app.panels.retry.backoff", () -> "20ms");
    registry.add("app.bootstrap.admin-email", () -> ADMIN_EMAIL);
    registry.add("app.bootstrap.admin-password", () -> ADMIN_PASSWORD);
    registry.add("app.secrets.encryption-key", () -> Base64.getEncoder().encodeToString(key));
  }

  @Autowired WebTestClient client;

  @BeforeEach
  void recordTheRunLog() {
    RunLog.attach(RUN_LOG);
  }

  @Test
  void anAdminPublishesAPlanOnTheInboundsOfASyncedPanel() {
    String admin = adminToken();
    long category =
        create(admin, "/api/v1/admin/server-categories", Map.of("name", unique("Streaming")));
    long brand = create(admin, "/api/v1/admin/server-brands", Map.of("name", unique("Pro")));
    String created =
        body(post(admin, "/api/v1/admin/servers", server(category, brand)), HttpStatus.CREATED);
    assertThat(created).doesNotContain(PANEL_PASSWORD).contains("\"dialect\":\"auto\"");
    long server = idOf(created);
    assertThat(sealedPassword(server)).startsWith("v1:").doesNotContain(PANEL_PASSWORD);
    catalogPlanNames(category); // fills the public catalog cache

    String synced =
        body(post(admin, "/api/v1/admin/servers/" + server + "/sync", Map.of()), HttpStatus.OK);

    assertThat(synced)
        .contains("\"panelInboundId\":1", "\"protocol\":\"vless\"", "\"security\":\"reality\"")
        .contains("\"panelInboundId\":2", "\"protocol\":\"vmess\"", "\"network\":\"ws\"")
        .doesNotContain("wireguard");
    assertThat(PANEL.loginsWith(PANEL_PASSWORD)).isPositive();
    assertThat(storedStream(server, 1)).contains("reality").contains("Z84J2IelR9ch3k8VtlVhhs5yc");
    String inbounds =
        body(get(admin, "/api/v1/admin/servers/" + server + "/inbounds"), HttpStatus.OK);
    long vless = inboundId(server, 1);
    assertThat(inbounds).contains("\"id\":" + vless);
    assertThat(body(get(admin, "/api/v1/admin/servers/" + server), HttpStatus.OK))
        .contains("\"detectedDialect\":\"classic\"");
    assertThat(body(get(admin, "/api/v1/admin/servers/" + server + "/health"), HttpStatus.OK))
        .contains("\"reachable\":true", "\"dialect\":\"classic\"", "\"clients\":1");

    String planName = unique("Germany VLESS 30 days");
    String plan =
        body(
            post(
                admin,
                "/api/v1/admin/server-plans",
                plan(planName, category, brand, List.of(vless))),
            HttpStatus.CREATED);

    assertThat(plan)
        .contains(
            "\"protocol\":\"vless\"", "\"amount\":\"4.99\"", "\"inboundIds\":[" + vless + "]");
    assertThat(catalogPlanNames(category)).contains(planName).contains("\"locations\":[\"DE\"]");
  }

  @Test
  void invalidRequestsAreRefusedWithAnErrorPerField() {
    String admin = adminToken();
    Map<String, Object> bad = new HashMap<>(server(1, 1));
    bad.put("panelUrl", "ftp://panel.example.com/x/");
    bad.put("location", "XX");
    bad.put("capacity", 0);
    bad.put("dialect", "v4");
    assertThat(body(post(admin, "/api/v1/admin/servers", bad), HttpStatus.BAD_REQUEST))
        .contains("\"panelUrl\"", "\"location\"", "\"capacity\"", "\"dialect\"")
        .doesNotContain(PANEL_PASSWORD);

    assertThat(
            body(
                post(admin, "/api/v1/admin/servers", server(987654, 987653)),
                HttpStatus.BAD_REQUEST))
        .contains("\"categoryId\"", "\"brandId\"");

    long category =
        create(admin, "/api/v1/admin/server-categories", Map.of("name", unique("Gaming")));
    long brand = create(admin, "/api/v1/admin/server-brands", Map.of("name", unique("Basic")));
    long server =
        idOf(
            body(
                post(admin, "/api/v1/admin/servers", server(category, brand)), HttpStatus.CREATED));
    post(admin, "/api/v1/admin/servers/" + server + "/sync", Map.of()).expectStatus().isOk();
    long vless = inboundId(server, 1);

    assertThat(
            body(
                post(
                    admin,
                    "/api/v1/admin/server-plans",
                    plan("p", category, brand, List.of(987654L))),
                HttpStatus.BAD_REQUEST))
        .contains("\"inboundIds\"");
    Map<String, Object> wrongProtocol = new HashMap<>(plan("p", category, brand, List.of(vless)));
    wrongProtocol.put("protocol", "vmess");
    assertThat(
            body(post(admin, "/api/v1/admin/server-plans", wrongProtocol), HttpStatus.BAD_REQUEST))
        .contains("\"inboundIds\"");
    Map<String, Object> badMoney = new HashMap<>(plan("p", 987654, brand, List.of(vless)));
    badMoney.put("price", Map.of("amount", "-1", "currency", "USD"));
    assertThat(body(post(admin, "/api/v1/admin/server-plans", badMoney), HttpStatus.BAD_REQUEST))
        .contains("\"price\"");
    assertThat(
            body(
                post(admin, "/api/v1/admin/server-plans", plan("p", 987654, brand, List.of(vless))),
                HttpStatus.BAD_REQUEST))
        .contains("\"categoryId\"");
    assertThat(
            body(
                post(admin, "/api/v1/admin/server-categories", Map.of("name", " ")),
                HttpStatus.BAD_REQUEST))
        .contains("\"name\"");
  }

  @Test
  void customersMayNotAdministerTheCatalog() {
    String email =
        "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@admin-it.1000proxy.test";
    client
        .post()
        .uri("/api/v1/auth/register")
        .header("X-Forwarded-For", newAddress())
        .bodyValue(Map.of("email", email, "password", USER_PASSWORD, "name", "Customer"))
        .exchange()
        .expectStatus()
        .isCreated();
    String customer = token(email, USER_PASSWORD);

    get(customer, "/api/v1/admin/servers").expectStatus().isForbidden();
    post(customer, "/api/v1/admin/server-categories", Map.of("name", "Nope"))
        .expectStatus()
        .isForbidden();
    post(customer, "/api/v1/admin/server-plans", Map.of()).expectStatus().isForbidden();
    client.get().uri("/api/v1/admin/servers").exchange().expectStatus().isUnauthorized();
  }

  @Test
  void whatIsStillInUseCannotBeDeleted() {
    String admin = adminToken();
    long category =
        create(admin, "/api/v1/admin/server-categories", Map.of("name", unique("Privacy")));
    long brand = create(admin, "/api/v1/admin/server-brands", Map.of("name", unique("Lite")));
    long server =
        idOf(
            body(
                post(admin, "/api/v1/admin/servers", server(category, brand)), HttpStatus.CREATED));
    post(admin, "/api/v1/admin/servers/" + server + "/sync", Map.of()).expectStatus().isOk();
    long plan =
        create(
            admin,
            "/api/v1/admin/server-plans",
            plan(unique("Plan"), category, brand, List.of(inboundId(server, 2))));

    delete(admin, "/api/v1/admin/server-categories/" + category)
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT);
    delete(admin, "/api/v1/admin/servers/" + server).expectStatus().isEqualTo(HttpStatus.CONFLICT);
    delete(admin, "/api/v1/admin/server-plans/" + plan).expectStatus().isOk();
    delete(admin, "/api/v1/admin/servers/" + server).expectStatus().isOk();
    delete(admin, "/api/v1/admin/servers/" + server).expectStatus().isNotFound();
    delete(admin, "/api/v1/admin/server-categories/" + category).expectStatus().isOk();
  }

  @Test
  void aChangeWithoutAPasswordKeepsTheStoredOneAndAPinnedDialectSticks() {
    String admin = adminToken();
    long category =
        create(admin, "/api/v1/admin/server-categories", Map.of("name", unique("Work")));
    long brand = create(admin, "/api/v1/admin/server-brands", Map.of("name", unique("Max")));
    long server =
        idOf(
            body(
                post(admin, "/api/v1/admin/servers", server(category, brand)), HttpStatus.CREATED));
    String sealed = sealedPassword(server);
    Map<String, Object> change = new HashMap<>(server(category, brand));
    change.remove("password");
    change.put("name", "Renamed");
    change.put("dialect", "classic");

    String updated = body(put(admin, "/api/v1/admin/servers/" + server, change), HttpStatus.OK);

    assertThat(updated).contains("\"name\":\"Renamed\"", "\"dialect\":\"classic\"");
    assertThat(sealedPassword(server)).isEqualTo(sealed);
    int logins = PANEL.loginsWith(PANEL_PASSWORD);
    post(admin, "/api/v1/admin/servers/" + server + "/sync", Map.of()).expectStatus().isOk();
    assertThat(PANEL.loginsWith(PANEL_PASSWORD)).isGreaterThanOrEqualTo(logins);
    change.put("password", OTHER_PANEL_PASSWORD);
    put(admin, "/api/v1/admin/servers/" + server, change).expectStatus().isOk();
    assertThat(sealedPassword(server)).isNotEqualTo(sealed);
  }

  /** Neither panel password nor test password appears in the run's log or audit lines. */
  @AfterAll
  static void noSecretWasLogged() {
    String log = RunLog.read(RUN_LOG);
    String audit = RunLog.read(AUDIT_FILE);
    assertThat(log)
        .as("run log, audit channel included")
        .contains("\"action\":\"server.created\"", "\"action\":\"server.synced\"")
        .contains("\"action\":\"plan.created\"", "\"action\":\"category.created\"");
    for (String secret :
        List.of(PANEL_PASSWORD, OTHER_PANEL_PASSWORD, ADMIN_PASSWORD, USER_PASSWORD)) {
      assertThat(log).as("run log").doesNotContain(secret);
      assertThat(audit).as("audit log").doesNotContain(secret);
    }
    PANEL.stop();
  }

  private Map<String, Object> server(long category, long brand) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", unique("Frankfurt 1"));
    body.put("panelUrl", PANEL.panelUrl());
    body.put("username", XuiPanelStub.USERNAME);
    body.put("password", PANEL_PASSWORD);
    body.put("tlsVerify", false);
    body.put("publicHost", "de1.example.com");
    body.put("location", "de");
    body.put("categoryId", category);
    body.put("brandId", brand);
    body.put("capacity", 50);
    body.put("active", true);
    return body;
  }

  private static Map<String, Object> plan(
      String name, long category, long brand, List<Long> inbounds) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("description", "Fast and private");
    body.put("price", Map.of("amount", "4.99", "currency", "USD"));
    body.put("durationDays", 30);
    body.put("maxConnections", 2);
    body.put("bandwidthLimitGb", 100);
    body.put("categoryId", category);
    body.put("brandId", brand);
    body.put("inboundIds", inbounds);
    body.put("active", true);
    return body;
  }

  private String catalogPlanNames(long category) {
    return body(
        client.get().uri("/api/v1/server-plans?categoryId=" + category).exchange(), HttpStatus.OK);
  }

  private long create(String token, String path, Map<String, ?> body) {
    return idOf(body(post(token, path, body), HttpStatus.CREATED));
  }

  private static long idOf(String json) {
    var matcher = java.util.regex.Pattern.compile("\"data\":\\{\"id\":(\\d+)").matcher(json);
    assertThat(matcher.find()).as("an id in " + json).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  private static long inboundId(long server, int panelInboundId) {
    return DATABASE.queryLong(
        "SELECT id FROM server_inbounds WHERE server_id = "
            + server
            + " AND panel_inbound_id = "
            + panelInboundId);
  }

  private static String sealedPassword(long server) {
    return queryString("SELECT password_encrypted FROM servers WHERE id = " + server);
  }

  private static String storedStream(long server, int panelInboundId) {
    return queryString(
        "SELECT stream_settings FROM server_inbounds WHERE server_id = "
            + server
            + " AND panel_inbound_id = "
            + panelInboundId);
  }

  private static String queryString(String sql) {
    try (var connection = java.sql.DriverManager.getConnection(DATABASE.jdbcUrl(), "app", "app");
        var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }

  private static String body(WebTestClient.ResponseSpec response, HttpStatus expected) {
    String body =
        response
            .expectStatus()
            .isEqualTo(expected)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(body).isNotNull();
    return body;
  }

  private WebTestClient.ResponseSpec post(String token, String path, Object body) {
    return client.post().uri(path).headers(h -> h.setBearerAuth(token)).bodyValue(body).exchange();
  }

  private WebTestClient.ResponseSpec put(String token, String path, Object body) {
    return client.put().uri(path).headers(h -> h.setBearerAuth(token)).bodyValue(body).exchange();
  }

  private WebTestClient.ResponseSpec get(String token, String path) {
    return client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
  }

  private WebTestClient.ResponseSpec delete(String token, String path) {
    return client.delete().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
  }

  /** The first admin is created once the application is ready: wait for it. */
  private String adminToken() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (DATABASE.queryLong("SELECT COUNT(*) FROM users WHERE role = 'ADMIN'") == 0
        && Instant.now().isBefore(deadline)) {
      sleep();
    }
    return token(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  @SuppressWarnings("unchecked")
  private String token(String email, String password) {
    Map<String, Object> body =
        client
            .post()
            .uri("/api/v1/auth/login")
            .header("X-Forwarded-For", newAddress())
            .bodyValue(Map.of("email", email, "password", password))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(body).isNotNull();
    return (String) ((Map<String, Object>) body.get("data")).get("accessToken");
  }

  private static String unique(String name) {
    return name + " " + SEQUENCE.getAndIncrement() + "-" + RUN.substring(0, 6);
  }

  private static String newAddress() {
    int n = SEQUENCE.getAndIncrement();
    return "10.8." + (n / 250) + "." + (n % 250 + 1);
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
