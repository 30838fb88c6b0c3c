package com.thousandproxy.api.ordering;

import static com.thousandproxy.api.support.Envelope.data;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/** Paying from the wallet: exactly-once charging under concurrency and retries. */
class WalletOrdersIT extends OrdersItSupport {

  @LocalServerPort int port;

  @Test
  void thirtyConcurrentOrdersOnABalanceForFiveChargeExactlyFiveTimes() {
    Customer buyer = newCustomer();
    Plan plan = plan();
    credit(buyer, plan.price().multiply(BigDecimal.valueOf(5)).toPlainString());
    WebClient http = WebClient.create("http://127.0.0.1:" + port);
    Map<String, Object> body =
        Map.of(
            "items",
            List.of(Map.of("serverPlanId", plan.id(), "quantity", 1)),
            "paymentMethod",
            "wallet");

    long started = System.nanoTime();
    List<Integer> statuses =
        Flux.range(0, 30)
            .flatMap(
                i ->
                    http.post()
                        .uri("/api/v1/orders")
                        .headers(h -> h.setBearerAuth(buyer.token()))
                        .bodyValue(body)
                        .exchangeToMono(
                            response ->
                                response.releaseBody().thenReturn(response.statusCode().value())),
                30)
            .collectList()
            .block(Duration.ofSeconds(120));
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("30 concurrent wallet orders answered in " + millis + " ms");

    assertThat(statuses).hasSize(30);
    assertThat(statuses.stream().filter(s -> s == 201)).hasSize(5);
    assertThat(statuses.stream().filter(s -> s == 409)).hasSize(25);
    Map<String, Object> wallet = getData("/api/v1/wallet", buyer);
    assertThat(map(wallet, "balance")).containsEntry("amount", "0.00");
    assertThat(count("SELECT COUNT(*) FROM orders WHERE user_id = " + buyer.id())).isEqualTo(5);
    assertThat(
            count(
                "SELECT COUNT(*) FROM jobs j JOIN orders o ON j.dedup_key ="
                    + " CONCAT('provision-order:', o.id) WHERE o.user_id = "
                    + buyer.id()))
        .isEqualTo(5);
    assertLedgerAddsUp(buyer, 6);
  }

  @Test
  void theSameIdempotencyKeyTwiceGivesTheSameOrderAndOneCharge() {
    Customer buyer = newCustomer();
    Plan plan = plan();
    credit(buyer, plan.price().multiply(BigDecimal.valueOf(3)).toPlainString());
    String key = UUID.randomUUID().toString();

    Map<String, Object> first =
        data(placeOrder(buyer, plan.id(), 1, "wallet", key), HttpStatus.CREATED);
    Map<String, Object> second =
        data(placeOrder(buyer, plan.id(), 1, "wallet", key), HttpStatus.CREATED);

    assertThat(map(second, "order").get("id")).isEqualTo(map(first, "order").get("id"));
    assertThat(map(second, "payment").get("id")).isEqualTo(map(first, "payment").get("id"));
    assertThat(map(first, "order"))
        .containsEntry("status", "PAID")
        .containsEntry("paymentStatus", "PAID");
    assertThat(map(map(first, "order"), "invoice")).containsEntry("status", "PAID");
    placeOrder(buyer, plan.id(), 2, "wallet", key).expectStatus().isEqualTo(HttpStatus.CONFLICT);
    assertThat(map(getData("/api/v1/wallet", buyer), "balance"))
        .containsEntry("amount", plan.price().multiply(BigDecimal.valueOf(2)).toPlainString());
    assertThat(count("SELECT COUNT(*) FROM orders WHERE user_id = " + buyer.id())).isEqualTo(1);
    assertLedgerAddsUp(buyer, 2);
  }

  @Test
  void aBalanceTooSmallIsAConflictAndCreatesNothing() {
    Customer buyer = newCustomer();
    Plan plan = plan();
    placeOrder(buyer, plan.id(), 1, "wallet", null)
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false);
    assertThat(count("SELECT COUNT(*) FROM orders WHERE user_id = " + buyer.id())).isZero();
    assertThat(count("SELECT COUNT(*) FROM payments WHERE user_id = " + buyer.id())).isZero();
  }

  @Test
  void anotherUsersOrderIsNotFoundAndAPaidOrderCannotBeCancelled() {
    Customer buyer = newCustomer();
    Plan plan = plan();
    credit(buyer, plan.price().toPlainString());
    Object orderId =
        map(data(placeOrder(buyer, plan.id(), 1, "wallet", null), HttpStatus.CREATED), "order")
            .get("id");
    Customer stranger = newCustomer();
    client
        .get()
        .uri("/api/v1/orders/" + orderId)
        .headers(h -> h.setBearerAuth(stranger.token()))
        .exchange()
        .expectStatus()
        .isNotFound();
    client
        .post()
        .uri("/api/v1/orders/" + orderId + "/cancel")
        .headers(h -> h.setBearerAuth(buyer.token()))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT);
    Map<String, Object> page = getData("/api/v1/orders", buyer);
    assertThat(page).containsEntry("total", 1);
  }

  @Test
  void invalidOrdersAreRefusedFieldByField() {
    Customer buyer = newCustomer();
    client
        .post()
        .uri("/api/v1/orders")
        .headers(h -> h.setBearerAuth(buyer.token()))
        .bodyValue(
            Map.of(
                "items",
                List.of(Map.of("serverPlanId", 1, "quantity", 101)),
                "paymentMethod",
                "cash"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors['items[0].quantity']")
        .exists()
        .jsonPath("$.errors.paymentMethod")
        .exists();
  }

  /** The ledger replays to the balance: each entry's balanceAfter follows the one before. */
  @SuppressWarnings("unchecked")
  private void assertLedgerAddsUp(Customer buyer, int entries) {
    Map<String, Object> page = getData("/api/v1/wallet/transactions?size=100", buyer);
    List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
    assertThat(items).hasSize(entries);
    BigDecimal balance = BigDecimal.ZERO;
    for (int i = items.size() - 1; i >= 0; i--) {
      Map<String, Object> entry = items.get(i);
      balance = balance.add(new BigDecimal((String) map(entry, "amount").get("amount")));
      assertThat(new BigDecimal((String) map(entry, "balanceAfter").get("amount")))
          .isEqualByComparingTo(balance);
    }
    BigDecimal stored =
        new BigDecimal((String) map(getData("/api/v1/wallet", buyer), "balance").get("amount"));
    assertThat(stored).isEqualByComparingTo(balance);
  }

  static long count(String sql) {
    return DATABASE.queryLong(sql);
  }
}
