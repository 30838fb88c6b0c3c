package com.thousandproxy.api.support;

import static com.thousandproxy.api.support.Envelope.data;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A fresh customer registered and logged in through the API, and the envelope's data read. */
public final class DemoCustomer {

  private static final String PASSWORD = "Demo-Passw0rd-Cust9";

  private DemoCustomer() {}

  /**
   * Registers a customer with a random e-mail under {@code prefix} and returns its access token.
   */
  public static String token(WebTestClient client, String prefix) {
    String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.test";
    client
        .post()
        .uri("/api/v1/auth/register")
        .bodyValue(Map.of("email", email, "password", PASSWORD, "name", "Demo"))
        .exchange()
        .expectStatus()
        .isCreated();
    return (String)
        data(
                client
                    .post()
                    .uri("/api/v1/auth/login")
                    .bodyValue(Map.of("email", email, "password", PASSWORD))
                    .exchange(),
                HttpStatus.OK)
            .get("accessToken");
  }
}
