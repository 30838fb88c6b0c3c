package com.thousandproxy.api.identity;

import static com.thousandproxy.api.support.Envelope.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.support.ItDatabase;
import com.thousandproxy.api.support.RunLog;
import com.thousandproxy.api.support.TestJwtKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole application on a fresh MariaDB database and the real Redis, driven through HTTP. Every
 * test speaks from its own client address (we trust the loopback proxy), so rate limits of one test
 * do not leak into another.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // Read while logging starts, before dynamic properties exist.
    properties = "app.security.audit-log-file=" + IdentityItSupport.AUDIT_FILE_NAME)
@AutoConfigureWebTestClient(timeout = "30s")
abstract class IdentityItSupport {

  static final String ADMIN_EMAIL = "root@it.1000proxy.test";
  static final String ADMIN_PASSWORD = "It-Admin-Passw0rd-Qx7";
  static final String USER_PASSWORD = "It-User-Passw0rd-Zk4";
  static final String WRONG_PASSWORD = "It-Wrong-Passw0rd-Vb9";
  static final List<String> ALL_PASSWORDS = List.of(ADMIN_PASSWORD, USER_PASSWORD, WRONG_PASSWORD);

  static final ItDatabase DATABASE = ItDatabase.create();
  static final TestJwtKeys KEYS = TestJwtKeys.create();
  static final String RUN = UUID.randomUUID().toString();
  static final String AUDIT_FILE_NAME = "target/it-logs/audit.jsonl";
  static final Path AUDIT_FILE = Path.of(AUDIT_FILE_NAME);
  static final Path RUN_LOG = Path.of("target", "it-logs", "run-" + RUN + ".log");
  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::drop));
    RunLog.delete(AUDIT_FILE);
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.r2dbc.url", DATABASE::r2dbcUrl);
    registry.add("spring.liquibase.url", DATABASE::jdbcUrl);
    registry.add("app.security.jwt.private-key", KEYS::privateKeyLocation);
    registry.add("app.security.jwt.public-key", KEYS::publicKeyLocation);
    registry.add("app.security.trusted-proxies", () -> "127.0.0.1/32,::1/128");
    registry.add("app.rate-limit.key-prefix", () -> "it:" + UUID.randomUUID() + ":");
    registry.add("app.bootstrap.admin-email", () -> ADMIN_EMAIL);
    registry.add("app.bootstrap.admin-password", () -> ADMIN_PASSWORD);
  }

  @Autowired WebTestClient client;

  /** A client address of its own for one test. */
  static String newAddress() {
    int n = ADDRESSES.getAndIncrement();
    return "10.9." + (n / 250) + "." + (n % 250 + 1);
  }

  static String newEmail(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.1000proxy.test";
  }

  WebTestClient.ResponseSpec post(String path, String from, Map<String, ?> body) {
    return client.post().uri(path).header("X-Forwarded-For", from).bodyValue(body).exchange();
  }

  long register(String email, String from) {
    Map<String, Object> user =
        data(
            post(
                "/api/v1/auth/register",
                from,
                Map.of("email", email, "password", USER_PASSWORD, "name", "It User")),
            HttpStatus.CREATED);
    return ((Number) user.get("id")).longValue();
  }

  Map<String, Object> logIn(String email, String password, String from) {
    return data(
        post("/api/v1/auth/login", from, Map.of("email", email, "password", password)),
        HttpStatus.OK);
  }

  String accessToken(String email, String password) {
    return (String) logIn(email, password, newAddress()).get("accessToken");
  }

  /** The first admin is created asynchronously once the application is ready: wait for it. */
  String adminToken() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (DATABASE.queryLong("SELECT COUNT(*) FROM users WHERE role = 'ADMIN'") == 0
        && Instant.now().isBefore(deadline)) {
      sleep(100);
    }
    return accessToken(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  WebTestClient.ResponseSpec get(String path, String accessToken) {
    return client.get().uri(path).headers(h -> h.setBearerAuth(accessToken)).exchange();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Nothing this class's run logged, console or audit channel, holds a test password. */
  @BeforeEach
  void recordTheRunLog() {
    RunLog.attach(RUN_LOG);
  }

  /**
   * Nothing the run logged (every logger, the audit channel, stack traces) nor the audit file holds
   * a test password; the logs are not empty, so this is no vacuous pass.
   */
  @AfterAll
  static void noPasswordWasLogged() {
    String log = RunLog.read(RUN_LOG);
    String audit = RunLog.read(AUDIT_FILE);
    assertThat(log).as("run log").contains("auth.login_failed").contains("rejected with 401");
    assertThat(audit).as("audit log").contains("\"action\":\"auth.login\"");
    for (String password : ALL_PASSWORDS) {
      assertThat(log).as("run log").doesNotContain(password);
      assertThat(audit).as("audit log").doesNotContain(password);
    }
  }
}
