package com.thousandproxy.api.observability;

import static com.thousandproxy.api.support.Envelope.data;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.thousandproxy.api.observability.DemoCalls.Account;
import com.thousandproxy.api.support.DemoApplicationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A wallet purchase, its provisioning on the demo panel, feed reads, a forged IPN and an admin's
 * panel check, then what {@code /actuator/prometheus} and the {@code xui} channel show of them. The
 * database is the one {@code DemoDeliveryTest} uses (same context): provisioning needs a single job
 * runner on its H2 database.
 */
@DemoApplicationTest
@TestPropertySource(
    properties = {
      "spring.r2dbc.url=r2dbc:h2:mem:///demodelivery?options=DB_CLOSE_DELAY=-1;MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
      "spring.liquibase.url=jdbc:h2:mem:demodelivery;DB_CLOSE_DELAY=-1;MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
    })
class MetricsJourneyTest {

  @Autowired WebTestClient http;
  @Autowired JobsGauges jobs;

  private DemoCalls calls;
  private CapturedEvents xui;

  @BeforeEach
  void setUp() {
    calls = new DemoCalls(http);
    xui = CapturedEvents.of("xui");
  }

  @AfterEach
  void release() {
    xui.detach();
  }

  @Test
  void afterAPurchaseFeedReadsAndAForgedIpnEveryBusinessMeterIsExposed() throws Exception {
    String admin = calls.adminToken();
    Account customer = calls.register("metrics");
    creditWallet(admin, customer, "50.00");
    placeWalletOrder(customer);
    String feedPath = feedPathOf(awaitActiveClient(customer));
    for (int i = 0; i < 2; i++) {
      http.get().uri(feedPath).exchange().expectStatus().isOk();
    }
    http.get().uri("/sub/not-a-known-token").exchange().expectStatus().isNotFound();
    calls.forgedIpn("forged-ipn-metrics");
    checkHealthOfServerOne(admin, "health-metrics");
    jobs.refresh().block();

    assertThat(calls.scrape())
        .containsPattern(
            "panel_calls_seconds_count\\{application=\"1000proxy\",dialect=\"demo\","
                + "operation=\"add_clients\",outcome=\"applied\",server=\"[^\"]+\"\\} [1-9]")
        .containsPattern(
            "panel_calls_seconds_count\\{application=\"1000proxy\",dialect=\"demo\","
                + "operation=\"probe\",outcome=\"up\",server=\"demo-de.example.invalid:2053\"\\}")
        .containsPattern(
            "payments_webhook_verification_failures_total\\{application=\"1000proxy\","
                + "gateway=\"nowpayments\",reason=\"bad_signature\"\\} [1-9]")
        .containsPattern(
            "payments_total\\{application=\"1000proxy\",gateway=\"wallet\",status=\"paid\"\\} [1-9]")
        .containsPattern(
            "subscription_feed_requests_total\\{application=\"1000proxy\",format=\"base64\","
                + "outcome=\"served\"\\} [2-9]")
        .containsPattern(
            "subscription_feed_requests_total\\{application=\"1000proxy\",format=\"base64\","
                + "outcome=\"not_found\"\\} [1-9]")
        .containsPattern(
            "cache_gets_total\\{application=\"1000proxy\",cache=\"subscription.feed\","
                + "result=\"hit\"\\} [1-9]")
        .containsPattern(
            "cache_gets_total\\{application=\"1000proxy\",cache=\"subscription.feed\","
                + "result=\"miss\"\\} [1-9]")
        .containsPattern("provisioning_latency_seconds_count\\{application=\"1000proxy\"\\} [1-9]")
        .containsPattern("provisioning_latency_seconds_bucket\\{application=\"1000proxy\",le=")
        .contains("jobs{application=\"1000proxy\",state=\"pending\",type=\"provision-order\"}")
        .contains("jobs{application=\"1000proxy\",state=\"running\",type=\"provision-order\"}")
        .contains("jobs{application=\"1000proxy\",state=\"dead\",type=\"provision-order\"}")
        .containsPattern(
            "http_server_requests_seconds_count\\{[^}]*status=\"200\",uri=\"/sub/\\{token\\}\"\\}")
        .containsPattern(
            "http_server_requests_seconds_count\\{[^}]*status=\"401\","
                + "uri=\"/api/v1/payments/webhooks/nowpayments\"\\}");
  }

  @Test
  void aPanelCallLogsTheRequestIdOfTheAdminRequestAndAJobsCallTheIdOfItsJob() throws Exception {
    String admin = calls.adminToken();
    checkHealthOfServerOne(admin, "panel-probe-42");

    ILoggingEvent probe =
        xui.await(
            e ->
                e.getFormattedMessage().startsWith("[DEMO panel] probe")
                    && "panel-probe-42".equals(e.getMDCPropertyMap().get("requestId")));
    assertThat(probe.getLoggerName()).isEqualTo("xui");

    Account customer = calls.register("correlation");
    creditWallet(admin, customer, "50.00");
    placeWalletOrder(customer);
    awaitActiveClient(customer);
    ILoggingEvent add = xui.await(e -> e.getFormattedMessage().contains("add 1 -> Applied"));
    assertThat(add.getMDCPropertyMap().get("requestId")).matches("job-[0-9]+");
  }

  private void creditWallet(String admin, Account customer, String amount) {
    http.post()
        .uri("/api/v1/admin/users/" + customer.id() + "/wallet-adjustments")
        .headers(h -> h.setBearerAuth(admin))
        .bodyValue(Map.of("amount", amount, "reason", "observability test"))
        .exchange()
        .expectStatus()
        .is2xxSuccessful();
  }

  private void placeWalletOrder(Account customer) {
    data(
        http.post()
            .uri("/api/v1/orders")
            .headers(h -> h.setBearerAuth(customer.token()))
            .bodyValue(
                Map.of(
                    "items",
                    List.of(Map.of("serverPlanId", cheapestAvailablePlan(), "quantity", 1)),
                    "paymentMethod",
                    "wallet"))
            .exchange(),
        HttpStatus.CREATED);
  }

  private void checkHealthOfServerOne(String admin, String requestId) {
    http.get()
        .uri("/api/v1/admin/servers/1/health")
        .headers(h -> h.setBearerAuth(admin))
        .header("X-Request-Id", requestId)
        .exchange()
        .expectStatus()
        .isOk();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> awaitActiveClient(Account customer) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      Map<String, Object> page =
          data(
              http.get()
                  .uri("/api/v1/server-clients")
                  .headers(h -> h.setBearerAuth(customer.token()))
                  .exchange(),
              HttpStatus.OK);
      for (Map<String, Object> item : (List<Map<String, Object>>) page.get("items")) {
        if ("ACTIVE".equals(item.get("status"))) {
          return data(
              http.get()
                  .uri("/api/v1/server-clients/" + item.get("id"))
                  .headers(h -> h.setBearerAuth(customer.token()))
                  .exchange(),
              HttpStatus.OK);
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no client became ACTIVE");
  }

  private static String feedPathOf(Map<String, Object> client) {
    String url = (String) client.get("subscriptionUrl");
    return url.substring(url.indexOf("/sub/"));
  }

  @SuppressWarnings("unchecked")
  private Object cheapestAvailablePlan() {
    Map<String, Object> page =
        data(http.get().uri("/api/v1/server-plans?sort=price,asc").exchange(), HttpStatus.OK);
    return ((List<Map<String, Object>>) page.get("items"))
        .stream()
            .filter(plan -> Boolean.TRUE.equals(plan.get("available")))
            .findFirst()
            .orElseThrow()
            .get("id");
  }
}
