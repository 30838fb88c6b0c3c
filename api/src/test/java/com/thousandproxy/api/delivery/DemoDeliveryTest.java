package com.thousandproxy.api.delivery;

import static com.thousandproxy.api.support.Envelope.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.support.DemoApplicationTest;
import com.thousandproxy.api.support.DemoCustomer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The embedded demo (H2, demo panel and gateway): a purchase ends in links and a working feed. It
 * runs on an H2 database of its own: the other demo contexts' job runners poll the shared one, and
 * H2 cannot hand out rows to concurrent SKIP LOCKED claimers (they block each other), which a
 * single demo instance never meets.
 */
@DemoApplicationTest
@TestPropertySource(
    properties = {
      "spring.r2dbc.url=r2dbc:h2:mem:///demodelivery?options=DB_CLOSE_DELAY=-1;MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
      "spring.liquibase.url=jdbc:h2:mem:demodelivery;DB_CLOSE_DELAY=-1;MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
    })
class DemoDeliveryTest {

  @Autowired WebTestClient client;

  @Test
  void after_a_demo_purchase_the_client_has_links_and_the_feed_answers() throws Exception {
    String token = DemoCustomer.token(client, "delivery");
    Map<String, Object> placed =
        data(
            client
                .post()
                .uri("/api/v1/orders")
                .headers(h -> h.setBearerAuth(token))
                .bodyValue(
                    Map.of(
                        "items",
                        List.of(Map.of("serverPlanId", firstPlanId(), "quantity", 1)),
                        "paymentMethod",
                        "nowpayments",
                        "payCurrency",
                        "btc"))
                .exchange(),
            HttpStatus.CREATED);
    Object paymentId = ((Map<?, ?>) placed.get("payment")).get("id");
    data(
        client
            .post()
            .uri("/api/v1/payments/" + paymentId + "/simulate")
            .headers(h -> h.setBearerAuth(token))
            .bodyValue(Map.of("status", "finished"))
            .exchange(),
        HttpStatus.OK);

    Map<String, Object> active = awaitActiveClient(token);
    Map<String, Object> detail =
        data(
            client
                .get()
                .uri("/api/v1/server-clients/" + active.get("id"))
                .headers(h -> h.setBearerAuth(token))
                .exchange(),
            HttpStatus.OK);

    @SuppressWarnings("unchecked")
    List<String> links = (List<String>) detail.get("links");
    assertThat(links).isNotEmpty();
    String url = (String) detail.get("subscriptionUrl");
    String body =
        client
            .get()
            .uri(url.substring(url.indexOf("/sub/")))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    String feed = body == null ? "" : body.strip();
    String decoded = new String(Base64.getDecoder().decode(feed), StandardCharsets.UTF_8);
    // all the links once provisioning has made the client ACTIVE, none while it is PENDING
    assertThat(decoded.lines().toList()).hasSizeBetween(0, links.size());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> awaitActiveClient(String token) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      Map<String, Object> page =
          data(
              client
                  .get()
                  .uri("/api/v1/server-clients")
                  .headers(h -> h.setBearerAuth(token))
                  .exchange(),
              HttpStatus.OK);
      for (Map<String, Object> item : (List<Map<String, Object>>) page.get("items")) {
        if (item.get("status") != null) {
          return item;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no client became ACTIVE");
  }

  @SuppressWarnings("unchecked")
  private Object firstPlanId() {
    Map<String, Object> page =
        data(client.get().uri("/api/v1/server-plans?sort=price,desc").exchange(), HttpStatus.OK);
    return ((List<Map<String, Object>>) page.get("items"))
        .stream()
            .filter(plan -> Boolean.TRUE.equals(plan.get("available")))
            .findFirst()
            .orElseThrow()
            .get("id");
  }
}
