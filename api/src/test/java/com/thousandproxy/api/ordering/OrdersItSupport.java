package com.thousandproxy.api.ordering;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.thousandproxy.api.support.Envelope.data;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.thousandproxy.api.support.ItDatabase;
import com.thousandproxy.api.support.TestJwtKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole application on a fresh MariaDB database (with the demo catalog), the real Redis and
 * NowPayments played by WireMock; customers register, log in and buy through HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
abstract class OrdersItSupport {

  static final String IPN_SECRET = "it-ipn-secret-4f1d";
  static final String ADMIN_EMAIL = "root@orders.it.1000proxy.test";
  static final String ADMIN_PASSWORD = "It-Admin-Passw0rd-Or8";
  static final String USER_PASSWORD = "It-User-Passw0rd-Or9";
  static final ItDatabase DATABASE = ItDatabase.create();
  static final TestJwtKeys KEYS = TestJwtKeys.create();
  static final WireMockServer NOWPAYMENTS = new WireMockServer(options().dynamicPort());
  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
  private static final AtomicInteger PAYMENT_IDS = new AtomicInteger(1);

  static {
    NOWPAYMENTS.start();
    Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::drop));
    Runtime.getRuntime().addShutdownHook(new Thread(NOWPAYMENTS::stop));
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.r2dbc.url", DATABASE::r2dbcUrl);
    registry.add("spring.liquibase.url", DATABASE::jdbcUrl);
    registry.add("spring.liquibase.contexts", () -> "main,demo");
    registry.add("app.security.jwt.private-key", KEYS::privateKeyLocation);
    registry.add("app.security.jwt.public-key", KEYS::publicKeyLocation);
    registry.add("app.security.trusted-proxies", () -> "127.0.0.1/32,::1/128");
    registry.add("app.rate-limit.key-prefix", () -> "it:" + UUID.randomUUID() + ":");
    registry.add("app.bootstrap.admin-email", () -> ADMIN_EMAIL);
    registry.add("app.bootstrap.admin-password", () -> ADMIN_PASSWORD);
    registry.add("app.payments.nowpayments.base-url", NOWPAYMENTS::baseUrl);
    registry.add("app.payments.nowpayments.api-key", () -> "it-api-key");
    registry.add("app.payments.nowpayments.ipn-secret", () -> IPN_SECRET);
    registry.add("app.payments.default-pay-currency", () -> "btc");
    registry.add("app.payments.reconcile.initial-delay", () -> "1s");
    registry.add("app.payments.reconcile.interval", () -> "1s");
    registry.add("app.payments.reconcile.poll-spacing", () -> "500ms");
  }

  @Autowired WebTestClient webClient;
  WebTestClient client;

  @BeforeEach
  void patientClient() {
    client = webClient.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    NOWPAYMENTS.stubFor(
        get(urlPathEqualTo("/v1/min-amount"))
            .willReturn(
                json(
                    200,
                    "{\"currency_from\":\"btc\",\"currency_to\":\"btc\",\"min_amount\":0.00001,"
                        + "\"fiat_equivalent\":1.0}")));
  }

  /** A new customer: their id and access token. */
  Customer newCustomer() {
    String email = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@it.1000proxy.test";
    String from = "10.7." + ADDRESSES.get() / 250 + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
    Map<String, Object> user =
        data(
            client
                .post()
                .uri("/api/v1/auth/register")
                .header("X-Forwarded-For", from)
                .bodyValue(Map.of("email", email, "password", USER_PASSWORD, "name", "Buyer"))
                .exchange(),
            HttpStatus.CREATED);
    return new Customer(((Number) user.get("id")).longValue(), token(email, USER_PASSWORD, from));
  }

  String adminToken() {
    eventually(
        () -> DATABASE.queryLong("SELECT COUNT(*) FROM users WHERE role = 'ADMIN'") > 0,
        "the admin to be created");
    return token(ADMIN_EMAIL, ADMIN_PASSWORD, "10.8.0.1");
  }

  private String token(String email, String password, String from) {
    Map<String, Object> tokens =
        data(
            client
                .post()
                .uri("/api/v1/auth/login")
                .header("X-Forwarded-For", from)
                .bodyValue(Map.of("email", email, "password", password))
                .exchange(),
            HttpStatus.OK);
    return (String) tokens.get("accessToken");
  }

  /** The first orderable plan of the demo catalog: its id and price. */
  @SuppressWarnings("unchecked")
  Plan plan() {
    Map<String, Object> page =
        data(client.get().uri("/api/v1/server-plans?sort=price,asc").exchange(), HttpStatus.OK);
    Map<String, Object> plan =
        ((List<Map<String, Object>>) page.get("items"))
            .stream()
                .filter(p -> Boolean.TRUE.equals(p.get("available")))
                .filter(p -> !"1.49".equals(((Map<String, Object>) p.get("price")).get("amount")))
                .findFirst()
                .orElseThrow();
    String price = (String) ((Map<String, Object>) plan.get("price")).get("amount");
    return new Plan(((Number) plan.get("id")).longValue(), new java.math.BigDecimal(price));
  }

  void credit(Customer customer, String amount) {
    data(
        client
            .post()
            .uri("/api/v1/admin/users/" + customer.id() + "/wallet-adjustments")
            .headers(h -> h.setBearerAuth(adminToken()))
            .bodyValue(Map.of("amount", amount, "reason", "integration test credit"))
            .exchange(),
        HttpStatus.CREATED);
  }

  WebTestClient.ResponseSpec placeOrder(
      Customer customer, long planId, int quantity, String method, String idempotencyKey) {
    return client
        .post()
        .uri("/api/v1/orders")
        .headers(
            h -> {
              h.setBearerAuth(customer.token());
              if (idempotencyKey != null) {
                h.set("Idempotency-Key", idempotencyKey);
              }
            })
        .bodyValue(
            Map.of(
                "items",
                List.of(Map.of("serverPlanId", planId, "quantity", quantity)),
                "paymentMethod",
                method))
        .exchange();
  }

  Map<String, Object> getData(String path, Customer customer) {
    return data(
        client.get().uri(path).headers(h -> h.setBearerAuth(customer.token())).exchange(),
        HttpStatus.OK);
  }

  /** Tells WireMock to open the next NowPayments payment and returns its id. */
  String nextGatewayPayment() {
    String id = Long.toString(5_000_000_000L + PAYMENT_IDS.getAndIncrement());
    NOWPAYMENTS.stubFor(
        post(urlPathEqualTo("/v1/payment"))
            .willReturn(
                json(
                    201,
                    "{\"payment_id\":\""
                        + id
                        + "\",\"payment_status\":\"waiting\",\"pay_address\":\"bc1qit"
                        + id
                        + "\",\"price_amount\":4.99,\"price_currency\":\"usd\","
                        + "\"pay_amount\":0.00005,\"pay_currency\":\"btc\",\"order_id\":\"x\","
                        + "\"created_at\":\"2026-11-29T10:00:00.000Z\","
                        + "\"updated_at\":\"2026-11-29T10:00:00.000Z\","
                        + "\"expiration_estimate_date\":\"2026-11-29T10:20:00.000Z\"}")));
    return id;
  }

  /** A NowPayments IPN body, written canonically (sorted keys, JS numbers) as production does. */
  static String ipn(
      String paymentId,
      long reference,
      String status,
      String price,
      String paidAtFiat,
      long updatedAt) {
    return "{\"actually_paid\":0.00005,\"actually_paid_at_fiat\":"
        + paidAtFiat
        + ",\"order_id\":\""
        + reference
        + "\",\"outcome_amount\":0.00004,\"outcome_currency\":\"btc\",\"parent_payment_id\":null,"
        + "\"pay_address\":\"bc1qit\",\"pay_amount\":0.00005,\"pay_currency\":\"btc\","
        + "\"payment_id\":"
        + paymentId
        + ",\"payment_status\":\""
        + status
        + "\",\"price_amount\":"
        + price
        + ",\"price_currency\":\"usd\",\"updated_at\":"
        + updatedAt
        + "}";
  }

  WebTestClient.ResponseSpec deliverIpn(String body, String signature) {
    return client
        .post()
        .uri("/api/v1/payments/webhooks/nowpayments")
        .headers(
            h -> {
              h.set("Content-Type", "application/json");
              if (signature != null) {
                h.set("x-nowpayments-sig", signature);
              }
            })
        .bodyValue(body.getBytes(StandardCharsets.UTF_8))
        .exchange();
  }

  static String sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA512");
      mac.init(new SecretKeySpec(IPN_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.get(key);
  }

  static void eventually(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  record Customer(long id, String token) {}

  record Plan(long id, java.math.BigDecimal price) {}
}
