package com.thousandproxy.api.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** Provisioning against the real MariaDB and a WireMock 3x-ui panel, job try by job try. */
class ProvisioningIT {

  private FakeXuiPanel panel;
  private ProvisioningDatabase database;
  private ProvisioningHarness worker;

  @BeforeEach
  void start() {
    panel = new FakeXuiPanel();
    panel.inbound(1, "vless");
    database = new ProvisioningDatabase();
    database.seedCatalog(panel.url(), 1000);
    worker = new ProvisioningHarness(database);
  }

  @AfterEach
  void stop() {
    panel.stop();
    database.close();
  }

  @Test
  void a_paid_order_becomes_active_clients_added_in_one_batched_call_per_inbound() {
    database.paidOrder(7, 3);

    JobResult result = worker.attempt(7, 1).block();

    assertThat(result).isEqualTo(JobResult.done());
    assertThat(panel.addBatchSizes).containsExactly(3);
    assertThat(database.count("SELECT COUNT(*) FROM server_clients WHERE status = 'ACTIVE'"))
        .isEqualTo(3);
    assertThat(database.string("SELECT status FROM orders WHERE id = 7")).isEqualTo("COMPLETED");
    assertThat(emailsOnPanel()).containsExactlyInAnyOrderElementsOf(emailsStored());
    JsonNode client = panel.allClients().get(0);
    assertThat(client.get("enable").asBoolean()).isTrue();
    assertThat(client.get("limitIp").asInt()).isEqualTo(2);
    assertThat(client.get("totalGB").asLong()).isEqualTo(100L << 30);
  }

  @Test
  void a_panel_failing_the_first_three_tries_still_ends_with_exactly_one_client_per_unit() {
    database.paidOrder(7, 2);
    panel.failAdds = 3;

    List<JobResult> results =
        List.of(
            worker.attempt(7, 1).block(),
            worker.attempt(7, 2).block(),
            worker.attempt(7, 3).block(),
            worker.attempt(7, 4).block());

    assertThat(results.subList(0, 3)).allMatch(r -> r instanceof JobResult.RetryLater);
    assertThat(results.get(3)).isEqualTo(JobResult.done());
    assertThat(panel.allClients()).hasSize(2);
    assertThat(emailsOnPanel()).containsExactlyInAnyOrderElementsOf(emailsStored());
    assertThat(database.count("SELECT COUNT(*) FROM server_clients")).isEqualTo(2);
  }

  @Test
  void after_the_last_try_the_order_fails_and_the_wallet_is_refunded_once() {
    database.paidOrder(7, 2);
    panel.failAdds = 100;

    for (int attempt = 1; attempt < ProvisioningHarness.MAX_ATTEMPTS; attempt++) {
      assertThat(worker.attempt(7, attempt).block()).isInstanceOf(JobResult.RetryLater.class);
    }
    JobResult last = worker.attempt(7, ProvisioningHarness.MAX_ATTEMPTS).block();
    JobResult again = worker.attempt(7, ProvisioningHarness.MAX_ATTEMPTS).block();

    assertThat(last).isInstanceOf(JobResult.Failed.class);
    assertThat(((JobResult.Failed) last).permanent()).as("the runner marks it DEAD").isTrue();
    assertThat(again).isEqualTo(JobResult.done());
    assertThat(database.string("SELECT CONCAT(status, '/', payment_status) FROM orders"))
        .isEqualTo("FAILED/REFUNDED");
    assertThat(
            database.count(
                "SELECT COUNT(*) FROM wallet_transactions"
                    + " WHERE type = 'REFUND' AND reference = 'refund:order:7'"))
        .isEqualTo(1);
    assertThat(database.string("SELECT balance FROM wallets WHERE user_id = 3"))
        .isEqualTo("9.0000");
    assertThat(database.count("SELECT COUNT(*) FROM audit_log WHERE action = 'order.refunded'"))
        .isEqualTo(1);
    assertThat(database.count("SELECT COUNT(*) FROM server_clients WHERE status <> 'DELETED'"))
        .isZero();
  }

  @Test
  void a_worker_that_dies_after_the_panel_applied_the_add_is_redone_without_a_second_client() {
    database.paidOrder(7, 2);
    AtomicBoolean applied = new AtomicBoolean();
    ProvisioningHarness dying =
        new ProvisioningHarness(database, gateway -> diesAfterAdd(gateway, applied));

    Disposable run = dying.attempt(7, 1).subscribe();
    Mono.fromCallable(applied::get)
        .filter(Boolean::booleanValue)
        .repeatWhenEmpty(500, ticks -> ticks.delayElements(Duration.ofMillis(20)))
        .block(Duration.ofSeconds(15));
    run.dispose();
    long pendingAfterDeath =
        database.count("SELECT COUNT(*) FROM server_clients WHERE status = 'PENDING'");
    JobResult redone = worker.attempt(7, 2).block();

    assertThat(pendingAfterDeath).isEqualTo(2);
    assertThat(panel.allClients()).hasSize(2);
    assertThat(redone).isEqualTo(JobResult.done());
    assertThat(panel.allClients()).hasSize(2);
    assertThat(emailsOnPanel()).containsExactlyInAnyOrderElementsOf(emailsStored());
    assertThat(database.count("SELECT COUNT(*) FROM server_clients WHERE status = 'ACTIVE'"))
        .isEqualTo(2);
  }

  @Test
  void a_connection_dropped_after_the_panel_applied_the_add_leaves_one_client_per_unit() {
    database.paidOrder(7, 2);
    panel.dropAfterApply = 1;

    JobResult first = worker.attempt(7, 1).block();
    JobResult second = first instanceof JobResult.RetryLater ? worker.attempt(7, 2).block() : first;

    assertThat(second).isEqualTo(JobResult.done());
    assertThat(panel.allClients()).hasSize(2);
    assertThat(emailsOnPanel()).containsExactlyInAnyOrderElementsOf(emailsStored());
  }

  private List<String> emailsOnPanel() {
    return panel.allClients().stream().map(c -> c.get("email").asString()).toList();
  }

  private List<String> emailsStored() {
    return database
        .db
        .sql("SELECT email FROM server_clients")
        .map(row -> row.get(0, String.class))
        .all()
        .collectList()
        .block();
  }

  /** The gateway of a worker whose process dies right after the panel applied its add. */
  private static PanelClientGateway diesAfterAdd(PanelClientGateway real, AtomicBoolean applied) {
    return (PanelClientGateway)
        Proxy.newProxyInstance(
            PanelClientGateway.class.getClassLoader(),
            new Class<?>[] {PanelClientGateway.class},
            (proxy, method, args) -> {
              Object result = method.invoke(real, args);
              if (!method.getName().equals("addClients")) {
                return result;
              }
              @SuppressWarnings("unchecked")
              Mono<PanelWriteOutcome> add = (Mono<PanelWriteOutcome>) result;
              return add.doOnNext(outcome -> applied.set(true)).then(Mono.never());
            });
  }
}
