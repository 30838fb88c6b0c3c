package com.thousandproxy.api.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.thousandproxy.api.support.DemoApplicationTest;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

@DemoApplicationTest
class PrometheusMetricsTest {

  private static final String PROBE_JOB_TYPE = "observability-probe";

  @Autowired WebTestClient http;
  @Autowired PanelCallMetrics panelCalls;
  @Autowired PaymentMetrics payments;
  @Autowired SubscriptionMetrics subscriptions;
  @Autowired ProvisioningMetrics provisioning;
  @Autowired JobsGauges jobs;
  @Autowired DatabaseClient database;

  @Test
  void everyMeterRecordedThroughTheObservabilityApisIsExposedWithTheApplicationTag() {
    PanelConnection panel =
        PanelConnection.withLogin("https://panel.example:2053/base", "admin", "secret")
            .pinnedTo(PanelDialect.CLASSIC);
    PanelClientGateway gateway = mock(PanelClientGateway.class);
    when(gateway.probe(panel))
        .thenReturn(Mono.just(PanelHealth.up(Duration.ofMillis(3), PanelDialect.CLASSIC, 2)));
    panelCalls.meter(gateway).probe(panel).block();
    payments.webhookVerificationFailed("nowpayments", "signature");
    payments.statusReached("nowpayments", "FINISHED");
    subscriptions.feedServed("clash");
    provisioning.paidToActive(Duration.ofSeconds(4));

    assertThat(scrape())
        .contains(
            "panel_calls_seconds_count{application=\"1000proxy\",dialect=\"classic\","
                + "operation=\"probe\",outcome=\"up\",server=\"panel.example:2053\"} 1")
        .contains(
            "payments_webhook_verification_failures_total{application=\"1000proxy\","
                + "gateway=\"nowpayments\",reason=\"signature\"} 1")
        .contains(
            "payments_total{application=\"1000proxy\",gateway=\"nowpayments\",status=\"finished\"} 1")
        .contains(
            "subscription_feed_requests_total{application=\"1000proxy\",format=\"clash\",outcome=\"served\"} 1")
        .contains("provisioning_latency_seconds_bucket{application=\"1000proxy\",le=\"10.0\"} 1");
  }

  @Test
  void httpRequestsAreCountedByRouteAndStatusAndCatalogReadsAsCacheHitsAndMisses() {
    for (int i = 0; i < 2; i++) {
      http.get().uri("/api/v1/server-categories").exchange().expectStatus().isOk();
    }

    assertThat(scrape())
        .contains("http_server_requests_seconds_count{application=\"1000proxy\"")
        .containsPattern(
            "http_server_requests_seconds_count\\{[^}]*status=\"200\",uri=\"/api/v1/server-categories\"\\}")
        .containsPattern(
            "cache_gets_total\\{application=\"1000proxy\",cache=\"catalog.categories\",result=\"hit\"\\} [1-9]")
        .contains(
            "cache_gets_total{application=\"1000proxy\",cache=\"catalog.categories\",result=\"miss\"}");
  }

  @Test
  void jobGaugesCountTheJobsTableByTypeAndState() {
    database
        .sql(
            "INSERT INTO jobs (type, payload, priority, status, attempts, max_attempts, run_at,"
                + " created_at, updated_at) VALUES (:type, '{}', 'LOW', 'DEAD', 5, 5,"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
        .bind("type", PROBE_JOB_TYPE)
        .then()
        .block();
    try {
      jobs.refresh().block();

      assertThat(scrape())
          .contains(
              "jobs{application=\"1000proxy\",state=\"dead\",type=\"" + PROBE_JOB_TYPE + "\"} 1")
          .contains(
              "jobs{application=\"1000proxy\",state=\"pending\",type=\""
                  + PROBE_JOB_TYPE
                  + "\"} 0");
    } finally {
      database
          .sql("DELETE FROM jobs WHERE type = :type")
          .bind("type", PROBE_JOB_TYPE)
          .then()
          .block();
      jobs.refresh().block();
    }
  }

  private String scrape() {
    return new DemoCalls(http).scrape();
  }
}
