package com.thousandproxy.api.delivery;

import static com.thousandproxy.api.support.Envelope.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.thousandproxy.api.support.ItDatabase;
import com.thousandproxy.api.support.TestJwtKeys;
import com.thousandproxy.application.provisioning.IssuedToken;
import com.thousandproxy.application.provisioning.SubscriptionTokens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery through the HTTP API on a fresh MariaDB database (demo catalog, inbounds with full link
 * settings) and the real Redis: client pages, QR codes, rotation and every feed format.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ServerClientDeliveryIT {

  static final ItDatabase DATABASE = ItDatabase.create();
  static final TestJwtKeys KEYS = TestJwtKeys.create();
  static final DeliveryItData DATA = new DeliveryItData(DATABASE);
  private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
  private static final String PASSWORD = "It-User-Passw0rd-Dl7";

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::drop));
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
    registry.add("app.delivery.cache-prefix", () -> "it-sub-" + UUID.randomUUID());
  }

  @Autowired WebTestClient webClient;
  @Autowired SubscriptionTokens tokens;
  WebTestClient client;

  @BeforeEach
  void patientClient() {
    client = webClient.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    if (DATABASE.queryLong(
            "SELECT COUNT(*) FROM servers WHERE public_host = '" + DeliveryItData.HOST + "'")
        == 0) {
      DATA.syncedInbounds();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"vless", "vmess", "trojan", "shadowsocks"})
  void the_base64_feed_decodes_to_exactly_the_client_links(String protocol) {
    Customer customer = newCustomer();
    IssuedToken token = tokens.issue();
    long id = DATA.client(customer.id(), protocol, "ACTIVE", inDays(30), token);

    Map<String, Object> detail = getData("/api/v1/server-clients/" + id, customer);
    @SuppressWarnings("unchecked")
    List<String> links = (List<String>) detail.get("links");
    assertThat(links).hasSize(1);
    assertThat(links.get(0))
        .startsWith(protocol.equals("shadowsocks") ? "ss://" : protocol + "://");
    assertThat(detail.get("subscriptionUrl")).asString().endsWith("/sub/" + token.token());

    String body = feedBody(token.token(), "");
    String decoded = new String(Base64.getDecoder().decode(body.strip()), StandardCharsets.UTF_8);
    assertThat(decoded.lines().toList()).isEqualTo(links);
  }

  @Test
  void the_client_page_shows_our_records() {
    Customer customer = newCustomer();
    long id = DATA.client(customer.id(), "vless", "ACTIVE", inDays(30), tokens.issue());

    Map<String, Object> detail = getData("/api/v1/server-clients/" + id, customer);

    assertThat(detail).containsEntry("status", "ACTIVE").containsEntry("protocol", "vless");
    assertThat(map(detail, "server")).containsEntry("location", "DE");
    Map<String, Object> traffic = map(detail, "traffic");
    assertThat(number(traffic, "upBytes")).isEqualTo(DeliveryItData.UP);
    assertThat(number(traffic, "downBytes")).isEqualTo(DeliveryItData.DOWN);
    assertThat(number(traffic, "totalBytes")).isEqualTo(DeliveryItData.LIMIT);
    assertThat((String) ((List<?>) detail.get("links")).get(0))
        .contains("type=ws")
        .contains("security=tls")
        .contains("@" + DeliveryItData.HOST + ":");
    Map<String, Object> page = getData("/api/v1/server-clients", customer);
    assertThat(page).containsEntry("total", 1);
    assertThat((String) page.get("accountSubscriptionUrl")).contains("/sub/u/");
  }

  @Test
  void the_header_values_match_the_usage_stored_for_the_client() {
    Customer customer = newCustomer();
    IssuedToken token = tokens.issue();
    Instant expires = inDays(10).truncatedTo(ChronoUnit.SECONDS);
    DATA.client(customer.id(), "trojan", "ACTIVE", expires, token);

    String header = userInfo(feed(token.token(), ""));

    assertThat(header)
        .isEqualTo(
            "upload="
                + DeliveryItData.UP
                + "; download="
                + DeliveryItData.DOWN
                + "; total="
                + DeliveryItData.LIMIT
                + "; expire="
                + expires.getEpochSecond());
  }

  @Test
  void clash_output_parses_as_yaml_with_the_fields_mihomo_requires() {
    String body = feedBody(activeClientToken("vmess"), "?format=clash");

    Map<String, Object> profile = new Yaml().load(body);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> proxies = (List<Map<String, Object>>) profile.get("proxies");
    assertThat(proxies).hasSize(1);
    assertThat(proxies.get(0)).containsKeys("name", "type", "server", "port", "uuid", "cipher");
    assertThat(proxies.get(0)).containsEntry("server", DeliveryItData.HOST);
    assertThat(profile).containsKeys("proxy-groups", "rules");
  }

  @Test
  void sing_box_output_parses_as_json_with_one_outbound_per_link() {
    String body = feedBody(activeClientToken("vless"), "?format=singbox");

    JsonNode config = JsonMapper.builder().build().readTree(body);
    long proxies =
        config
            .path("outbounds")
            .valueStream()
            .filter(outbound -> outbound.path("type").asString().equals("vless"))
            .count();
    assertThat(proxies).isEqualTo(1);
  }

  @Test
  void a_rotated_token_answers_404_and_the_new_one_works() {
    Customer customer = newCustomer();
    IssuedToken token = tokens.issue();
    long id = DATA.client(customer.id(), "vless", "ACTIVE", inDays(30), token);
    feed(token.token(), "").expectStatus().isOk();

    Map<String, Object> rotated =
        data(
            client
                .post()
                .uri("/api/v1/server-clients/" + id + "/rotate-subscription")
                .headers(h -> h.setBearerAuth(customer.token()))
                .exchange(),
            HttpStatus.OK);

    feed(token.token(), "").expectStatus().isNotFound();
    String url = (String) rotated.get("subscriptionUrl");
    feed(url.substring(url.lastIndexOf('/') + 1), "").expectStatus().isOk();
  }

  @Test
  void an_expired_client_gets_200_with_no_links_and_an_expiry_in_the_past() {
    Customer customer = newCustomer();
    IssuedToken token = tokens.issue();
    Instant past = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    DATA.client(customer.id(), "vmess", "ACTIVE", past, token);

    String body = feedBody(token.token(), "?format=links");
    assertThat(body == null ? "" : body.strip()).isEmpty();
    assertThat(userInfo(feed(token.token(), ""))).endsWith("expire=" + past.getEpochSecond());
  }

  @Test
  void another_users_client_is_not_found_on_every_endpoint() {
    Customer owner = newCustomer();
    Customer other = newCustomer();
    long id = DATA.client(owner.id(), "vless", "ACTIVE", inDays(30), tokens.issue());
    String base = "/api/v1/server-clients/" + id;

    for (String path : List.of(base, base + "/qr?format=png", base + "/qr?format=svg")) {
      client
          .get()
          .uri(path)
          .headers(h -> h.setBearerAuth(other.token()))
          .exchange()
          .expectStatus()
          .isNotFound();
    }
    client
        .post()
        .uri(base + "/rotate-subscription")
        .headers(h -> h.setBearerAuth(other.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
    client
        .post()
        .uri(base + "/renew")
        .headers(h -> h.setBearerAuth(other.token()))
        .bodyValue(Map.of("paymentMethod", "wallet"))
        .exchange()
        .expectStatus()
        .isNotFound();
    assertThat(getData("/api/v1/server-clients", other)).containsEntry("total", 0);
  }

  @Test
  void a_renewal_is_a_paid_renewal_order_for_the_same_plan_and_client() {
    Customer customer = newCustomer();
    long id = DATA.client(customer.id(), "vless", "EXPIRED", inDays(-3), tokens.issue());
    DATA.update(
        "INSERT INTO wallets (user_id, balance, currency, version, created_at, updated_at)"
            + " VALUES ("
            + customer.id()
            + ", 100, 'USD', 0, NOW(6), NOW(6))"
            + " ON DUPLICATE KEY UPDATE balance = 100");

    Map<String, Object> placed =
        data(
            client
                .post()
                .uri("/api/v1/server-clients/" + id + "/renew")
                .headers(h -> h.setBearerAuth(customer.token()))
                .bodyValue(Map.of("paymentMethod", "wallet"))
                .exchange(),
            HttpStatus.CREATED);

    Map<String, Object> order = map(placed, "order");
    assertThat(order).containsEntry("paymentStatus", "PAID");
    long orderId = number(order, "id");
    assertThat(
            DATABASE.queryLong(
                "SELECT COUNT(*) FROM orders o JOIN order_items i ON i.order_id = o.id"
                    + " JOIN server_clients c ON c.server_plan_id = i.server_plan_id"
                    + " WHERE o.id = "
                    + orderId
                    + " AND o.kind = 'RENEWAL'"
                    + " AND o.renews_server_client_id = "
                    + id
                    + " AND c.id = "
                    + id))
        .isEqualTo(1);
  }

  @Test
  void repeated_feed_reads_come_from_the_cache_until_the_client_changes() {
    Customer customer = newCustomer();
    IssuedToken token = tokens.issue();
    long id = DATA.client(customer.id(), "vless", "ACTIVE", inDays(30), token);
    String before = userInfo(feed(token.token(), ""));
    DATA.update("UPDATE server_clients SET traffic_up_bytes = 1 WHERE id = " + id);

    long started = System.nanoTime();
    int reads = 200;
    for (int i = 0; i < reads; i++) {
      assertThat(userInfo(feed(token.token(), ""))).isEqualTo(before);
    }
    long micros = (System.nanoTime() - started) / 1000 / reads;
    System.out.println("delivery IT: cached /sub read, mean " + micros + " us over " + reads);
  }

  @Test
  void a_pending_clients_empty_feed_is_not_cached_so_its_activation_shows_at_once() {
    Customer customer = newCustomer();
    IssuedToken token = tokens.issue();
    long id = DATA.client(customer.id(), "vless", "PENDING", inDays(30), token);
    assertThat(feedBody(token.token(), "?format=links")).isBlank();

    DATA.update("UPDATE server_clients SET status = 'ACTIVE' WHERE id = " + id);

    assertThat(feedBody(token.token(), "?format=links")).startsWith("vless://");
  }

  @Test
  void the_qr_png_decodes_back_to_the_link_and_the_svg_is_svg() throws Exception {
    Customer customer = newCustomer();
    long id = DATA.client(customer.id(), "trojan", "ACTIVE", inDays(30), tokens.issue());
    String link =
        (String) ((List<?>) getData("/api/v1/server-clients/" + id, customer).get("links")).get(0);

    byte[] png =
        client
            .get()
            .uri("/api/v1/server-clients/" + id + "/qr?format=png")
            .headers(h -> h.setBearerAuth(customer.token()))
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentType(MediaType.IMAGE_PNG)
            .expectBody(byte[].class)
            .returnResult()
            .getResponseBody();
    var image = ImageIO.read(new ByteArrayInputStream(png));
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(link);

    client
        .get()
        .uri("/api/v1/server-clients/" + id + "/qr?format=svg&target=subscription")
        .headers(h -> h.setBearerAuth(customer.token()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType("image/svg+xml");
  }

  @Test
  void the_account_feed_lists_the_links_of_all_active_clients_with_the_usage_summed() {
    Customer customer = newCustomer();
    DATA.client(customer.id(), "vless", "ACTIVE", inDays(30), tokens.issue());
    DATA.client(customer.id(), "trojan", "ACTIVE", inDays(20), tokens.issue());
    DATA.client(customer.id(), "vmess", "EXPIRED", inDays(-1), tokens.issue());
    String url = (String) getData("/api/v1/server-clients", customer).get("accountSubscriptionUrl");
    String token = url.substring(url.lastIndexOf('/') + 1);

    WebTestClient.ResponseSpec response =
        client.get().uri("/sub/u/" + token + "?format=links").exchange();

    String body =
        response.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    assertThat(body.lines().filter(l -> !l.isBlank()).toList())
        .hasSize(2)
        .anyMatch(l -> l.startsWith("vless://"))
        .anyMatch(l -> l.startsWith("trojan://"));
    assertThat(userInfo(client.get().uri("/sub/u/" + token).exchange()))
        .startsWith(
            "upload="
                + 2 * DeliveryItData.UP
                + "; download="
                + 2 * DeliveryItData.DOWN
                + "; total="
                + 2 * DeliveryItData.LIMIT);
  }

  /** A new customer's active client of this protocol; its subscription token. */
  private String activeClientToken(String protocol) {
    IssuedToken token = tokens.issue();
    DATA.client(newCustomer().id(), protocol, "ACTIVE", inDays(30), token);
    return token.token();
  }

  private String feedBody(String token, String query) {
    return feed(token, query)
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  private WebTestClient.ResponseSpec feed(String token, String query) {
    return client.get().uri("/sub/" + token + query).exchange();
  }

  private static String userInfo(WebTestClient.ResponseSpec response) {
    return response
        .expectStatus()
        .isOk()
        .returnResult(String.class)
        .getResponseHeaders()
        .getFirst("subscription-userinfo");
  }

  private static Instant inDays(int days) {
    return Instant.now().plus(Duration.ofDays(days));
  }

  private Customer newCustomer() {
    String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@it.1000proxy.test";
    String from = "10.9." + ADDRESSES.get() / 250 + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
    Map<String, Object> user =
        data(
            client
                .post()
                .uri("/api/v1/auth/register")
                .header("X-Forwarded-For", from)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "name", "Owner"))
                .exchange(),
            HttpStatus.CREATED);
    Map<String, Object> login =
        data(
            client
                .post()
                .uri("/api/v1/auth/login")
                .header("X-Forwarded-For", from)
                .bodyValue(Map.of("email", email, "password", PASSWORD))
                .exchange(),
            HttpStatus.OK);
    return new Customer(((Number) user.get("id")).longValue(), (String) login.get("accessToken"));
  }

  private Map<String, Object> getData(String path, Customer customer) {
    return data(
        client.get().uri(path).headers(h -> h.setBearerAuth(customer.token())).exchange(),
        HttpStatus.OK);
  }

  private static long number(Map<String, Object> parent, String key) {
    return ((Number) parent.get(key)).longValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.get(key);
  }

  record Customer(long id, String token) {}
}
