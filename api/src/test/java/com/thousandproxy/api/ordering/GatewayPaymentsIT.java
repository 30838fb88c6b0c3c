package com.thousandproxy.api.ordering;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.thousandproxy.api.support.Envelope.data;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Paying through NowPayments (WireMock): IPNs, duplicates, forgeries and reconciliation. */
class GatewayPaymentsIT extends OrdersItSupport {

  private static final long T0 = 1_780_000_000_000L;

  @Test
  void aFinishedIpnDeliveredTwiceAndAStaleConfirmingPayTheOrderOnce() {
    GatewayOrder placedOrder = placeGatewayOrder();
    Customer buyer = placedOrder.buyer();
    Plan plan = placedOrder.plan();
    String gatewayId = placedOrder.gatewayId();
    long orderId = placedOrder.orderId();
    long paymentId = placedOrder.paymentId();
    assertThat(map(placedOrder.placed(), "order")).containsEntry("paymentStatus", "PENDING");
    assertThat(map(placedOrder.placed(), "payment"))
        .containsEntry("status", "PENDING")
        .containsEntry("payAddress", "bc1qit" + gatewayId);

    String finished = ipn(gatewayId, paymentId, "finished", price(plan), "4.98", T0 + 1000);
    assertThat(outcome(deliverIpn(finished, sign(finished)))).isEqualTo("APPLIED");
    assertThat(outcome(deliverIpn(finished, sign(finished)))).isEqualTo("DUPLICATE");
    String confirming = ipn(gatewayId, paymentId, "confirming", price(plan), "0", T0 + 2000);
    assertThat(outcome(deliverIpn(confirming, sign(confirming)))).isEqualTo("STALE");

    // The app's job workers run here: the provisioning job may already have taken the order on.
    Map<String, Object> order = getData("/api/v1/orders/" + orderId, buyer);
    assertThat(order.get("status")).isIn("PAID", "PROVISIONING");
    assertThat(order).containsEntry("paymentStatus", "PAID");
    assertThat(map(order, "invoice")).containsEntry("status", "PAID");
    assertThat(jobs(orderId)).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM payment_events WHERE payment_id = " + paymentId))
        .isEqualTo(2);
    assertThat(getData("/api/v1/payments/" + paymentId, buyer))
        .containsEntry("status", "PAID")
        .containsEntry("providerStatus", "finished");
    client
        .post()
        .uri("/api/v1/payments/" + paymentId + "/simulate")
        .headers(h -> h.setBearerAuth(buyer.token()))
        .bodyValue(java.util.Map.of("status", "finished"))
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void aForgedOrUnsignedIpnIsRefusedAndChangesNothing() {
    GatewayOrder placedOrder = placeGatewayOrder();
    Customer buyer = placedOrder.buyer();
    Plan plan = placedOrder.plan();
    String gatewayId = placedOrder.gatewayId();
    long orderId = placedOrder.orderId();
    long paymentId = placedOrder.paymentId();
    String finished = ipn(gatewayId, paymentId, "finished", price(plan), "4.98", T0);
    long events = count("SELECT COUNT(*) FROM payment_events");

    deliverIpn(finished, "ab".repeat(64)).expectStatus().isUnauthorized();
    deliverIpn(finished, null).expectStatus().isUnauthorized();
    deliverIpn(finished.replace("finished", "finishe"), sign(finished))
        .expectStatus()
        .isUnauthorized();

    assertThat(getData("/api/v1/orders/" + orderId, buyer))
        .containsEntry("status", "PENDING")
        .containsEntry("paymentStatus", "PENDING");
    assertThat(count("SELECT COUNT(*) FROM payment_events")).isEqualTo(events);
    assertThat(jobs(orderId)).isZero();
    assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'payment.webhook_rejected'"))
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void aLostIpnIsPickedUpByReconciliation() {
    GatewayOrder placedOrder = placeGatewayOrder();
    Customer buyer = placedOrder.buyer();
    Plan plan = placedOrder.plan();
    String gatewayId = placedOrder.gatewayId();
    long orderId = placedOrder.orderId();
    long paymentId = placedOrder.paymentId();
    NOWPAYMENTS.stubFor(
        get(urlPathEqualTo("/v1/payment/" + gatewayId))
            .willReturn(
                json(
                    200,
                    ipn(gatewayId, paymentId, "finished", price(plan), "4.98", T0)
                        .replace(
                            "\"updated_at\":" + T0,
                            "\"updated_at\":\"2026-11-29T10:30:00.000Z\""))));

    eventually(
        () ->
            count("SELECT COUNT(*) FROM orders WHERE payment_status = 'PAID' AND id = " + orderId)
                == 1,
        "reconciliation to pay order " + orderId);
    assertThat(jobs(orderId)).isEqualTo(1);
  }

  @Test
  void aPartiallyPaidOrderIsNotDeliveredAndItsValueIsCreditedOnce() {
    GatewayOrder placedOrder = placeGatewayOrder();
    Customer buyer = placedOrder.buyer();
    Plan plan = placedOrder.plan();
    String gatewayId = placedOrder.gatewayId();
    long orderId = placedOrder.orderId();
    long paymentId = placedOrder.paymentId();

    String partial = ipn(gatewayId, paymentId, "partially_paid", price(plan), "2.5", T0);
    assertThat(outcome(deliverIpn(partial, sign(partial)))).isEqualTo("PARTIAL_CREDITED");
    assertThat(outcome(deliverIpn(partial, sign(partial)))).isEqualTo("DUPLICATE");
    String again = ipn(gatewayId, paymentId, "partially_paid", price(plan), "2.5", T0 + 5);
    assertThat(outcome(deliverIpn(again, sign(again)))).isEqualTo("STALE");

    assertThat(getData("/api/v1/orders/" + orderId, buyer))
        .containsEntry("status", "PENDING")
        .containsEntry("paymentStatus", "REFUNDED");
    assertThat(map(getData("/api/v1/wallet", buyer), "balance")).containsEntry("amount", "2.50");
    assertThat(jobs(orderId)).isZero();
  }

  @Test
  void anExpiredPaymentExpiresTheOrder() {
    GatewayOrder placedOrder = placeGatewayOrder();
    Customer buyer = placedOrder.buyer();
    Plan plan = placedOrder.plan();
    String gatewayId = placedOrder.gatewayId();
    long orderId = placedOrder.orderId();
    long paymentId = placedOrder.paymentId();

    String expired = ipn(gatewayId, paymentId, "expired", price(plan), "0", T0);
    assertThat(outcome(deliverIpn(expired, sign(expired)))).isEqualTo("APPLIED");

    assertThat(getData("/api/v1/orders/" + orderId, buyer))
        .containsEntry("status", "EXPIRED")
        .containsEntry("paymentStatus", "EXPIRED");
    assertThat(map(getData("/api/v1/orders/" + orderId, buyer), "invoice"))
        .containsEntry("status", "VOID");
  }

  @Test
  void aPriceBelowTheCoinsMinimumIsAConflictAndAGatewayOutageA503() {
    Customer buyer = newCustomer();
    Plan plan = plan();
    NOWPAYMENTS.stubFor(
        get(urlPathEqualTo("/v1/min-amount"))
            .willReturn(
                json(
                    200,
                    "{\"currency_from\":\"btc\",\"currency_to\":\"btc\",\"min_amount\":0.1,"
                        + "\"fiat_equivalent\":10000.5}")));
    placeOrder(buyer, plan.id(), 1, "nowpayments", null)
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.message")
        .value(message -> assertThat((String) message).contains("BTC").contains("10000.50"));
    assertThat(count("SELECT COUNT(*) FROM orders WHERE user_id = " + buyer.id())).isZero();

    NOWPAYMENTS.stubFor(
        get(urlPathEqualTo("/v1/min-amount"))
            .willReturn(
                json(
                    200,
                    "{\"currency_from\":\"btc\",\"currency_to\":\"btc\",\"min_amount\":0.00001,"
                        + "\"fiat_equivalent\":1.0}")));
    NOWPAYMENTS.stubFor(
        post(urlPathEqualTo("/v1/payment")).willReturn(aResponse().withStatus(502)));
    placeOrder(buyer, plan.id(), 1, "nowpayments", null)
        .expectStatus()
        .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(
            count(
                "SELECT COUNT(*) FROM orders WHERE status = 'CANCELLED' AND user_id = "
                    + buyer.id()))
        .isEqualTo(1);
  }

  /** A customer's order of one plan, paid through NowPayments (WireMock). */
  private GatewayOrder placeGatewayOrder() {
    Customer buyer = newCustomer();
    Plan plan = plan();
    String gatewayId = nextGatewayPayment();
    Map<String, Object> placed =
        data(placeOrder(buyer, plan.id(), 1, "nowpayments", null), HttpStatus.CREATED);
    return new GatewayOrder(
        buyer, plan, gatewayId, id(map(placed, "order")), id(map(placed, "payment")), placed);
  }

  private record GatewayOrder(
      Customer buyer,
      Plan plan,
      String gatewayId,
      long orderId,
      long paymentId,
      Map<String, Object> placed) {}

  private static String outcome(
      org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response) {
    return (String) data(response, HttpStatus.OK).get("outcome");
  }

  private static String price(Plan plan) {
    return plan.price().stripTrailingZeros().toPlainString();
  }

  private static long id(Map<String, Object> resource) {
    return ((Number) resource.get("id")).longValue();
  }

  private static long jobs(long orderId) {
    return count("SELECT COUNT(*) FROM jobs WHERE dedup_key = 'provision-order:" + orderId + "'");
  }

  private static long count(String sql) {
    return DATABASE.queryLong(sql);
  }
}
