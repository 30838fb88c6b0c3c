package com.thousandproxy.api.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.jobs.JobResult;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * Two worker pools (each its own panel adapter, sessions and write serialiser, as two processes
 * would have) on one MariaDB database, both running every one of 200 provision-order jobs at the
 * same time: harsher than the job runner, which gives each job to one pool at a time.
 */
class ProvisioningConcurrencyIT {

  private static final int ORDERS = 200;

  private FakeXuiPanel panel;
  private ProvisioningDatabase database;

  @BeforeEach
  void start() {
    panel = new FakeXuiPanel();
    panel.inbound(1, "vless");
    database = new ProvisioningDatabase();
    database.seedCatalog(panel.url(), 1000);
    database.paidOrders(1, ORDERS);
  }

  @AfterEach
  void stop() {
    panel.stop();
    database.close();
  }

  @Test
  void two_worker_pools_racing_on_200_jobs_make_200_clients_and_no_duplicates() {
    AtomicInteger retries = new AtomicInteger();
    Scheduler schedulerA = Schedulers.newParallel("pool-a", 4);
    Scheduler schedulerB = Schedulers.newParallel("pool-b", 4);
    long start = System.nanoTime();
    try {
      Flux.merge(
              pool(new ProvisioningHarness(database), schedulerA, retries),
              pool(new ProvisioningHarness(database), schedulerB, retries))
          .blockLast(Duration.ofMinutes(5));
    } finally {
      schedulerA.dispose();
      schedulerB.dispose();
    }
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    System.out.printf(
        "PROVISIONING-CONCURRENCY: %d orders x 2 pools in %d ms, %d retried tries, %d addClient"
            + " calls%n",
        ORDERS, millis, retries.get(), panel.addCalls.get());

    List<String> emails =
        panel.allClients().stream().map(ProvisioningConcurrencyIT::email).toList();
    assertThat(emails).hasSize(ORDERS);
    assertThat(new HashSet<>(emails)).hasSize(ORDERS);
    assertThat(database.count("SELECT COUNT(*) FROM server_clients")).isEqualTo(ORDERS);
    assertThat(database.count("SELECT COUNT(DISTINCT order_item_id) FROM server_clients"))
        .isEqualTo(ORDERS);
    assertThat(database.count("SELECT COUNT(*) FROM server_clients WHERE status = 'ACTIVE'"))
        .isEqualTo(ORDERS);
    assertThat(database.count("SELECT COUNT(*) FROM orders WHERE status = 'COMPLETED'"))
        .isEqualTo(ORDERS);
    assertThat(new HashSet<>(emails))
        .isEqualTo(
            new HashSet<>(
                database
                    .db
                    .sql("SELECT email FROM server_clients")
                    .map(row -> row.get(0, String.class))
                    .all()
                    .collectList()
                    .block()));
  }

  /** Every job once per pool, 8 at a time, each retried (as the runner would) until done. */
  private static Flux<JobResult> pool(
      ProvisioningHarness pool, Scheduler scheduler, AtomicInteger retries) {
    return Flux.range(1, ORDERS)
        .parallel(8)
        .runOn(scheduler)
        .flatMap(order -> untilDone(pool, order, 1, retries))
        .sequential();
  }

  private static Mono<JobResult> untilDone(
      ProvisioningHarness pool, long order, int attempt, AtomicInteger retries) {
    return pool.attempt(order, attempt)
        .flatMap(
            result -> {
              if (result instanceof JobResult.RetryLater && attempt < 20) {
                retries.incrementAndGet();
                return untilDone(pool, order, attempt + 1, retries);
              }
              return Mono.just(result);
            });
  }

  private static String email(JsonNode client) {
    return client.get("email").asString();
  }
}
