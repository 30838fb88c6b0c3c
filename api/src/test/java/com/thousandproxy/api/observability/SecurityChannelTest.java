package com.thousandproxy.api.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.thousandproxy.api.observability.DemoCalls.Account;
import com.thousandproxy.api.support.DemoApplicationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Refused and suspicious requests each leave one line on the {@code security} channel. */
@DemoApplicationTest
class SecurityChannelTest {

  private static final Path FILE = Path.of("logs", "security.jsonl");

  @Autowired WebTestClient http;

  private DemoCalls calls;
  private CapturedEvents security;

  @BeforeEach
  void setUp() {
    calls = new DemoCalls(http);
    security = CapturedEvents.of("security");
  }

  @AfterEach
  void release() {
    security.detach();
  }

  @Test
  void aFailedLoginIsALineWithTheAccountAndAddressButNeitherPassword() throws Exception {
    Account customer = calls.register("seclog");
    String wrong = "Wr0ng-" + customer.password();
    http.post()
        .uri("/api/v1/auth/login")
        .header("X-Request-Id", "failed-login-" + customer.id())
        .bodyValue(Map.of("email", customer.email(), "password", wrong))
        .exchange()
        .expectStatus()
        .isUnauthorized();

    ILoggingEvent line = lineOf("failed-login-" + customer.id());
    assertThat(fields(line))
        .containsEntry("event", "auth.login_failed")
        .containsEntry("targetId", String.valueOf(customer.id()))
        .containsEntry("reason", "wrong_password")
        .containsKey("ip");
    assertThat(everything(line)).doesNotContain(wrong, customer.password());
    String file = fileLineOf("failed-login-" + customer.id());
    assertThat(file).contains("\"event\":\"auth.login_failed\"");
    assertThat(Files.readString(FILE)).doesNotContain(wrong).doesNotContain(customer.password());
  }

  @Test
  void aForgedIpnIsALineWithTheReasonAndNotTheSignature() throws Exception {
    calls.forgedIpn("forged-ipn-security");

    ILoggingEvent line = lineOf("forged-ipn-security");
    assertThat(fields(line))
        .containsEntry("event", "payment.webhook_rejected")
        .containsEntry("reason", "BAD_SIGNATURE")
        .containsEntry("targetType", "PAYMENT_PROVIDER")
        .containsKey("targetId");
    assertThat(everything(line)).doesNotContain("0".repeat(32));
    assertThat(fileLineOf("forged-ipn-security"))
        .contains("\"event\":\"payment.webhook_rejected\"");
  }

  @Test
  void aForgedTokenAndAnUnknownApiKeyAreLinesThatNameTheCredentialKindOnly() throws Exception {
    String forged = "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwicm9sZSI6IkFETUlOIn0.";
    http.get()
        .uri("/api/v1/me")
        .headers(h -> h.setBearerAuth(forged))
        .header("X-Request-Id", "forged-token")
        .exchange()
        .expectStatus()
        .isUnauthorized();
    String key = "tpk_AAAAAAAA_" + "k".repeat(43);
    http.get()
        .uri("/api/v1/me")
        .header("X-API-Key", key)
        .header("X-Request-Id", "unknown-key")
        .exchange()
        .expectStatus()
        .isUnauthorized();

    ILoggingEvent token = lineOf("forged-token");
    assertThat(fields(token))
        .containsEntry("event", "auth.credential_rejected")
        .containsEntry("credential", "bearer")
        .containsEntry("route", "/api/v1/me");
    assertThat(everything(token)).doesNotContain(forged);
    ILoggingEvent apiKey = lineOf("unknown-key");
    assertThat(fields(apiKey)).containsEntry("credential", "api_key");
    assertThat(everything(apiKey)).doesNotContain(key).doesNotContain("k".repeat(43));
  }

  @Test
  void aCustomerOnAnAdminRouteIsAnAccessDeniedLineNamingTheUser() throws Exception {
    Account customer = calls.register("denied");
    http.get()
        .uri("/api/v1/admin/servers")
        .headers(h -> h.setBearerAuth(customer.token()))
        .header("X-Request-Id", "denied-" + customer.id())
        .exchange()
        .expectStatus()
        .isForbidden();

    assertThat(fields(lineOf("denied-" + customer.id())))
        .containsEntry("event", "auth.access_denied")
        .containsEntry("userId", String.valueOf(customer.id()))
        .containsEntry("role", "CUSTOMER");
  }

  private ILoggingEvent lineOf(String requestId) throws InterruptedException {
    return security.await(e -> requestId.equals(e.getMDCPropertyMap().get("requestId")));
  }

  private static Map<String, String> fields(ILoggingEvent event) {
    Map<String, String> fields = new HashMap<>();
    if (event.getKeyValuePairs() != null) {
      event.getKeyValuePairs().forEach(p -> fields.put(p.key, String.valueOf(p.value)));
    }
    return fields;
  }

  private static String everything(ILoggingEvent event) {
    return event.getFormattedMessage() + " " + fields(event) + " " + event.getMDCPropertyMap();
  }

  /** The JSON line of the channel's file with this request id, waiting for the file appender. */
  private static String fileLineOf(String requestId) throws Exception {
    for (int i = 0; i < 100; i++) {
      if (Files.exists(FILE)) {
        for (String line : Files.readAllLines(FILE)) {
          if (line.contains("\"requestId\":\"" + requestId + "\"")) {
            return line;
          }
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no line with requestId " + requestId + " in " + FILE);
  }
}
