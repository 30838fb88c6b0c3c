package com.thousandproxy.api.payment;

import static com.thousandproxy.api.support.Envelope.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.support.DemoApplicationTest;
import com.thousandproxy.api.support.DemoCustomer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The demo gateway: a checkout, then a simulated finished IPN through the real webhook path. */
@DemoApplicationTest
class DemoPaymentSimulationTest {

  @Autowired WebTestClient client;

  @Test
  void aSimulatedFinishedPaymentPaysTheOrderThroughTheWebhookPath() {
    String token = DemoCustomer.token(client, "demo");
    Map<String, Object> plan = firstPlan();
    Map<String, Object> placed =
        data(
            client
                .post()
                .uri("/api/v1/orders")
                .headers(h -> h.setBearerAuth(token))
                .bodyValue(
                    Map.of(
                        "items",
                        List.of(Map.of("serverPlanId", plan.get("id"), "quantity", 1)),
                        "paymentMethod",
                        "nowpayments",
                        "payCurrency",
                        "btc"))
                .exchange(),
            HttpStatus.CREATED);
    Map<String, Object> payment = map(placed, "payment");
    assertThat(payment).containsEntry("provider", "demo").containsEntry("status", "PENDING");
    assertThat((String) payment.get("payAddress")).startsWith("DEMO-BTC-ADDRESS-");

    Map<String, Object> simulated =
        data(
            client
                .post()
                .uri("/api/v1/payments/" + payment.get("id") + "/simulate")
                .headers(h -> h.setBearerAuth(token))
                .bodyValue(Map.of("status", "finished"))
                .exchange(),
            HttpStatus.OK);

    assertThat(simulated)
        .containsEntry("status", "PAID")
        .containsEntry("providerStatus", "finished");
    Map<String, Object> order =
        data(
            client
                .get()
                .uri("/api/v1/orders/" + map(placed, "order").get("id"))
                .headers(h -> h.setBearerAuth(token))
                .exchange(),
            HttpStatus.OK);
    assertThat(order).containsEntry("paymentStatus", "PAID");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> firstPlan() {
    Map<String, Object> page =
        data(client.get().uri("/api/v1/server-plans?sort=price,desc").exchange(), HttpStatus.OK);
    return ((List<Map<String, Object>>) page.get("items"))
        .stream()
            .filter(plan -> Boolean.TRUE.equals(plan.get("available")))
            .findFirst()
            .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.get(key);
  }
}
