package com.thousandproxy.api.provisioning;

import static com.thousandproxy.api.support.Envelope.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.support.Await;
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
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The DEAD path driven by the application's own job runner, over HTTP, on a fresh MariaDB database
 * and a WireMock 3x-ui panel that fails every add: a wallet order's provision job uses up its tries
 * (small backoff), goes DEAD with its last error, the order is FAILED and the wallet refunded once;
 * an admin retry after the panel recovered runs the job again without a second refund.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class DeadProvisioningJobIT {

  private static final String ADMIN_EMAIL = "dead-admin@it.1000proxy.test";
  private static final String ADMIN_PASSWORD = "It-Dead-Admin-Passw0rd-Kp4";
  private static final String PASSWORD = "It-Dead-Buyer-Passw0rd-Vw2";
  private static final int MAX_ATTEMPTS = 3;
  private static final TestJwtKeys KEYS = TestJwtKeys.create();
  private static final FakeXuiPanel PANEL = new FakeXuiPanel();
  private static final ProvisioningDatabase DATABASE = new ProvisioningDatabase();
  private static final long PLAN = DATABASE.seedCatalog(PANEL.url(), 100);

  static {
    PANEL.inbound(1, "vless");
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
    registry.add("app.jobs.backoff", () -> "200ms");
    registry.add("app.jobs.max-attempts", () -> String.valueOf(MAX_ATTEMPTS));
    registry.add("app.panels.retry.max-attempts", () -> "1");
    registry.add("app.lifecycle.enabled", () -> "false");
  }

  @AfterAll
  static void stop() {
    PANEL.stop();
    DATABASE.close();
  }

  @Autowired SecretCipher cipher;
  private WebTestClient client;

  @Autowired
  void slowMachineClient(WebTestClient webTestClient) {
    client = webTestClient.mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  @Test
  void aProvisionJobThatNeverReachesThePanelGoesDeadFailsTheOrderAndRefundsTheWalletOnce() {
    String admin = adminToken();
    DATABASE.sql("UPDATE servers SET password_encrypted = '" + cipher.seal("pa55") + "'");
    long buyer = register("dead-buyer@it.1000proxy.test");
    String buyerToken = logIn("dead-buyer@it.1000proxy.test", PASSWORD);
    post("/api/v1/admin/users/" + buyer + "/wallet-adjustments", admin, credit("20.00"))
        .expectStatus()
        .isCreated();
    PANEL.failAdds = Integer.MAX_VALUE;

    long order = placeWalletOrder(buyerToken, 2);
    awaitTrue("the provision job is DEAD", () -> deadJob(admin, order) != null);

    Map<String, Object> dead = deadJob(admin, order);
    assertThat(dead).containsEntry("status", "DEAD").containsEntry("attempts", MAX_ATTEMPTS);
    assertThat((String) dead.get("lastError")).contains("(refunded 9.00");
    assertThat(PANEL.addCalls.get()).as("one add per try").isEqualTo(MAX_ATTEMPTS);
    assertThat(PANEL.allClients()).isEmpty();
    assertThat(orderState(order)).isEqualTo("FAILED/REFUNDED");
    assertThat(refunds(order)).isEqualTo(1);
    assertThat(balance(buyer)).isEqualTo("20.0000");

    PANEL.failAdds = 0;
    Number id = (Number) dead.get("id");
    post("/api/v1/admin/jobs/" + id + "/retry", admin, Map.of())
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.data.status")
        .isEqualTo("QUEUED");
    awaitTrue(
        "the retried job ran",
        () ->
            DATABASE.count(
                    "SELECT COUNT(*) FROM jobs WHERE id = " + id + " AND status = 'SUCCEEDED'")
                == 1);

    assertThat(orderState(order)).as("a refunded order stays settled").isEqualTo("FAILED/REFUNDED");
    assertThat(PANEL.allClients()).as("no client for a refunded unit").isEmpty();
    assertThat(refunds(order)).isEqualTo(1);
    assertThat(balance(buyer)).isEqualTo("20.0000");
    assertThat(
            DATABASE.count(
                "SELECT COUNT(*) FROM server_clients WHERE order_id = "
                    + order
                    + " AND status <> 'DELETED'"))
        .isZero();
  }

  private long placeWalletOrder(String token, int quantity) {
    Map<String, Object> placed =
        data(
            post(
                "/api/v1/orders",
                token,
                Map.of(
                    "items",
                    List.of(Map.of("serverPlanId", PLAN, "quantity", quantity)),
                    "paymentMethod",
                    "wallet")),
            HttpStatus.CREATED);
    @SuppressWarnings("unchecked")
    Map<String, Object> order = (Map<String, Object>) placed.get("order");
    return ((Number) order.get("id")).longValue();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> deadJob(String admin, long order) {
    Map<String, Object> page =
        data(
            client
                .get()
                .uri("/api/v1/admin/jobs?status=DEAD&type=provision-order&size=100")
                .headers(h -> h.setBearerAuth(admin))
                .exchange(),
            HttpStatus.OK);
    return ((List<Map<String, Object>>) page.get("items"))
        .stream()
            .filter(
                job ->
                    String.valueOf(order)
                        .equals(((Map<String, String>) job.get("arguments")).get("orderId")))
            .findFirst()
            .orElse(null);
  }

  private static String orderState(long order) {
    return DATABASE.string(
        "SELECT CONCAT(status, '/', payment_status) FROM orders WHERE id = " + order);
  }

  private static long refunds(long order) {
    return DATABASE.count(
        "SELECT COUNT(*) FROM wallet_transactions WHERE type = 'REFUND' AND reference ="
            + " 'refund:order:"
            + order
            + "'");
  }

  private static String balance(long user) {
    return DATABASE.string("SELECT balance FROM wallets WHERE user_id = " + user);
  }

  private static Map<String, Object> credit(String amount) {
    return Map.of("amount", amount, "reason", "integration test credit");
  }

  private long register(String email) {
    Map<String, Object> user =
        data(
            client
                .post()
                .uri("/api/v1/auth/register")
                .bodyValue(Map.of("email", email, "password", PASSWORD, "name", "Buyer"))
                .exchange(),
            HttpStatus.CREATED);
    return ((Number) user.get("id")).longValue();
  }

  private String adminToken() {
    awaitTrue(
        "the bootstrap admin exists",
        () -> DATABASE.count("SELECT COUNT(*) FROM users WHERE role = 'ADMIN'") > 0);
    return logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  private String logIn(String email, String password) {
    Map<String, Object> tokens =
        data(
            client
                .post()
                .uri("/api/v1/auth/login")
                .bodyValue(Map.of("email", email, "password", password))
                .exchange(),
            HttpStatus.OK);
    return (String) tokens.get("accessToken");
  }

  private WebTestClient.ResponseSpec post(String path, String token, Object body) {
    return client.post().uri(path).headers(h -> h.setBearerAuth(token)).bodyValue(body).exchange();
  }

  private static void awaitTrue(String what, BooleanSupplier condition) {
    Await.until(what, Duration.ofSeconds(60), condition);
  }
}
