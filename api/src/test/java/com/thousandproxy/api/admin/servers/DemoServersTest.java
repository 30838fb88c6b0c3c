package com.thousandproxy.api.admin.servers;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.support.DemoApplicationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** In the demo profile the seeded demo servers are answered by the demo panel, labelled demo. */
@DemoApplicationTest
class DemoServersTest {

  @Autowired WebTestClient client;

  @Test
  void aDemoServerIsCheckedAndSyncedAgainstTheDemoPanel() {
    String admin = adminToken();

    String servers = get(admin, "/api/v1/admin/servers");
    assertThat(servers).contains("\"dialect\":\"demo\"").doesNotContain("demo-not-a-secret");
    assertThat(get(admin, "/api/v1/admin/servers/1/health"))
        .contains("\"reachable\":true", "\"dialect\":\"demo\"");

    String synced =
        client
            .post()
            .uri("/api/v1/admin/servers/1/sync")
            .headers(h -> h.setBearerAuth(admin))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(synced).contains("\"protocol\":\"vless\"", "\"protocol\":\"trojan\"");
  }

  private String get(String token, String path) {
    return client
        .get()
        .uri(path)
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  /** The demo admin is created once the application is ready: retry the login until it exists. */
  @SuppressWarnings("unchecked")
  private String adminToken() {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      var result =
          client
              .post()
              .uri("/api/v1/auth/login")
              .bodyValue(
                  Map.of("email", "admin@demo.1000proxy.local", "password", "demo-admin-change-me"))
              .exchange()
              .expectBody(Map.class)
              .returnResult();
      if (result.getStatus().is2xxSuccessful() || Instant.now().isAfter(deadline)) {
        assertThat(result.getStatus().value()).isEqualTo(200);
        return (String)
            ((Map<String, Object>) result.getResponseBody().get("data")).get("accessToken");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
