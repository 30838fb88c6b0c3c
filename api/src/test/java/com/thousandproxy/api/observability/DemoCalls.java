package com.thousandproxy.api.observability;

import static com.thousandproxy.api.support.Envelope.data;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The HTTP calls the observability journeys make against the demo application. */
final class DemoCalls {

  static final String ADMIN_EMAIL = "admin@demo.1000proxy.local";
  static final String ADMIN_PASSWORD = "demo-admin-change-me";

  /** A registered customer: its id, e-mail, password and an access token. */
  record Account(long id, String email, String password, String token) {}

  private final WebTestClient http;

  DemoCalls(WebTestClient http) {
    this.http = http;
  }

  /** The demo admin is created once the application is ready: retries the login until it exists. */
  String adminToken() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      var result =
          http.post()
              .uri("/api/v1/auth/login")
              .bodyValue(Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
              .exchange()
              .expectBody(Map.class)
              .returnResult();
      if (result.getStatus().is2xxSuccessful() || Instant.now().isAfter(deadline)) {
        assertThat(result.getStatus().value()).isEqualTo(200);
        return (String) ((Map<?, ?>) result.getResponseBody().get("data")).get("accessToken");
      }
      Thread.sleep(200);
    }
  }

  Account register(String prefix) {
    String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.test";
    String password = "Obs-Passw0rd-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> user =
        data(
            http.post()
                .uri("/api/v1/auth/register")
                .bodyValue(Map.of("email", email, "password", password, "name", "Observer"))
                .exchange(),
            HttpStatus.CREATED);
    Account account = new Account(((Number) user.get("id")).longValue(), email, password, null);
    return new Account(account.id(), email, password, logIn(account));
  }

  /** A fresh access token, e.g. after the account's role changed. */
  String logIn(Account account) {
    return (String)
        data(
                http.post()
                    .uri("/api/v1/auth/login")
                    .bodyValue(Map.of("email", account.email(), "password", account.password()))
                    .exchange(),
                HttpStatus.OK)
            .get("accessToken");
  }

  /** A NowPayments IPN whose signature was not made with our secret: answered 401. */
  void forgedIpn(String requestId) {
    http.post()
        .uri("/api/v1/payments/webhooks/nowpayments")
        .header("x-nowpayments-sig", "0".repeat(128))
        .header("X-Request-Id", requestId)
        .bodyValue("{\"payment_id\":1,\"payment_status\":\"finished\",\"order_id\":\"1\"}")
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  String scrape() {
    return http.get()
        .uri("/actuator/prometheus")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }
}
