package com.thousandproxy.api.notifications;

import static com.thousandproxy.api.support.Envelope.data;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The e-mail ITs' HTTP calls: customers, the admin's wallet credit, orders and client pages. */
final class MailItClient {

  static final String ADMIN_EMAIL = "mail-admin@it.1000proxy.test";
  static final String ADMIN_PASSWORD = "It-Mail-Admin-Passw0rd-Mx4";
  private static final String PASSWORD = "It-Mail-User-Passw0rd-Mu5";

  record Customer(long id, String email, String token) {}

  private final WebTestClient client;

  MailItClient(WebTestClient client) {
    this.client = client;
  }

  Customer newCustomer() {
    String email = "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@it.1000proxy.test";
    Map<String, Object> user =
        data(
            client
                .post()
                .uri("/api/v1/auth/register")
                .bodyValue(Map.of("email", email, "password", PASSWORD, "name", "Buyer"))
                .exchange(),
            HttpStatus.CREATED);
    return new Customer(((Number) user.get("id")).longValue(), email, token(email, PASSWORD));
  }

  void credit(Customer customer, String amount) {
    String admin = token(ADMIN_EMAIL, ADMIN_PASSWORD);
    data(
        client
            .post()
            .uri("/api/v1/admin/users/" + customer.id() + "/wallet-adjustments")
            .headers(h -> h.setBearerAuth(admin))
            .bodyValue(Map.of("amount", amount, "reason", "mail IT credit"))
            .exchange(),
        HttpStatus.CREATED);
  }

  void placeWalletOrder(Customer customer, long planId, int quantity) {
    data(
        client
            .post()
            .uri("/api/v1/orders")
            .headers(h -> h.setBearerAuth(customer.token()))
            .bodyValue(
                Map.of(
                    "items",
                    List.of(Map.of("serverPlanId", planId, "quantity", quantity)),
                    "paymentMethod",
                    "wallet"))
            .exchange(),
        HttpStatus.CREATED);
  }

  @SuppressWarnings("unchecked")
  List<Long> clientIds(Customer customer) {
    Map<String, Object> page = get("/api/v1/server-clients", customer);
    return ((List<Map<String, Object>>) page.get("items"))
        .stream().map(item -> ((Number) item.get("id")).longValue()).toList();
  }

  /** GET /server-clients/{id}: what the customer's page shows of the client. */
  Map<String, Object> client(Customer customer, long id) {
    return get("/api/v1/server-clients/" + id, customer);
  }

  @SuppressWarnings("unchecked")
  List<String> links(Map<String, Object> clientPage) {
    List<String> links = (List<String>) clientPage.get("links");
    assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link).startsWith("vless://"));
    return links;
  }

  void awaitTrue(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waiting until " + what).isBefore(deadline);
      Mailbox.pause();
    }
  }

  private Map<String, Object> get(String path, Customer customer) {
    return data(
        client.get().uri(path).headers(h -> h.setBearerAuth(customer.token())).exchange(),
        HttpStatus.OK);
  }

  private String token(String email, String password) {
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
}
