package com.thousandproxy.api.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.adapters.persistence.audit.R2dbcAuditLog;
import com.thousandproxy.adapters.persistence.lifecycle.R2dbcLifecycleClients;
import com.thousandproxy.adapters.persistence.lifecycle.R2dbcPlatformStatsReader;
import com.thousandproxy.adapters.persistence.lifecycle.R2dbcUnknownPanelClients;
import com.thousandproxy.adapters.persistence.panel.InMemoryPanelWriteLock;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcPanelDirectory;
import com.thousandproxy.adapters.xui.InMemoryPanelSessionStore;
import com.thousandproxy.adapters.xui.ThreeXuiPanelClientGateway;
import com.thousandproxy.adapters.xui.XuiSettings;
import com.thousandproxy.api.lifecycle.LifecyclePanelStubs.Row;
import com.thousandproxy.api.provisioning.ProvisioningDatabase;
import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.JobStatus;
import com.thousandproxy.application.lifecycle.ClientMoves;
import com.thousandproxy.application.lifecycle.ClientPanel;
import com.thousandproxy.application.lifecycle.ExpireClientsJobHandler;
import com.thousandproxy.application.lifecycle.LifecycleJobs;
import com.thousandproxy.application.lifecycle.PlatformStats;
import com.thousandproxy.application.lifecycle.ShowStatsService;
import com.thousandproxy.application.lifecycle.SyncTrafficJobHandler;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.server.ServerId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The expiry and traffic-sync jobs over a fresh MariaDB database, the real 3x-ui adapter and a
 * WireMock panel: an expired client is disabled with updateClient and marked EXPIRED, usage comes
 * from ONE list call, a client over its quota is disabled and suspended, a client the panel lost is
 * re-created once, and a stranger on the panel is counted but left alone.
 */
class LifecycleJobsIT {

  private static final long GB = 1L << 30;

  private final ProvisioningDatabase database = new ProvisioningDatabase();
  private final LifecyclePanelStubs panel =
      new LifecyclePanelStubs(
          List.of(
              new Row("expired@1000proxy", "uuid-1", 100, 200),
              new Row("heavy@1000proxy", "uuid-2", GB, GB),
              new Row("stranger@else", "uuid-9", 5, 5)),
          new Row("lost@1000proxy", "uuid-3", 0, 0));
  private final Clock clock = Clock.systemUTC();
  private final R2dbcLifecycleClients clients = new R2dbcLifecycleClients(database.db);
  private final R2dbcUnknownPanelClients unknown = new R2dbcUnknownPanelClients(database.db, clock);

  @AfterEach
  void close() {
    panel.server.stop();
    database.close();
  }

  @Test
  void expiry_and_traffic_sync_act_on_the_panel_and_the_database() {
    database.seedCatalog(panel.url(), 100);
    database.paidOrder(100, 3);
    Instant now = clock.instant();
    client(1, "expired@1000proxy", "uuid-1", now.minusSeconds(60));
    client(2, "heavy@1000proxy", "uuid-2", now.plus(Duration.ofDays(10)));
    client(3, "lost@1000proxy", "uuid-3", now.plus(Duration.ofDays(10)));
    var gateway =
        new ThreeXuiPanelClientGateway(
            XuiSettings.defaults().withRetry(1, Duration.ofMillis(10)),
            new InMemoryPanelSessionStore(),
            new InMemoryPanelWriteLock(Duration.ofSeconds(30), Duration.ofMinutes(1)));
    var directory = new R2dbcPanelDirectory(database.db, secret -> secret);
    var moves = new ClientMoves(clients, new R2dbcAuditLog(database.db), clock);
    var expiry =
        new ExpireClientsJobHandler(
            clients,
            new ClientPanel(directory, gateway),
            moves,
            client -> Mono.empty(),
            new Transactions() {
              @Override
              public <T> Mono<T> inTransaction(Supplier<Mono<T>> work) {
                return Mono.defer(work);
              }
            },
            Duration.ofDays(7),
            100,
            clock);
    var sync = new SyncTrafficJobHandler(clients, directory, gateway, moves, unknown, clock);

    assertThat(expiry.handle(job(LifecycleJobs.EXPIRE_CLIENTS, Map.of())).block())
        .isEqualTo(JobResult.done());

    panel.server.verify(
        1,
        postRequestedFor(urlPathEqualTo(LifecyclePanelStubs.API + "updateClient/uuid-1"))
            .withRequestBody(containing("expired@1000proxy"))
            .withRequestBody(containing("\\\"enable\\\":false")));
    assertThat(status(1)).isEqualTo("EXPIRED");
    assertThat(database.count("SELECT COUNT(*) FROM audit_log WHERE action = 'client.expired'"))
        .isEqualTo(1);

    panel.server.resetRequests();
    Map<String, String> server = Map.of("serverId", "1");
    assertThat(sync.handle(job(LifecycleJobs.SYNC_TRAFFIC, server)).block())
        .isEqualTo(JobResult.done());

    panel.server.verify(1, getRequestedFor(urlPathEqualTo(LifecyclePanelStubs.API + "list")));
    assertThat(database.string("SELECT traffic_down_bytes FROM server_clients WHERE id = 1"))
        .isEqualTo("200");
    assertThat(database.count("SELECT COUNT(*) FROM client_traffic_snapshots")).isEqualTo(2);
    assertThat(status(2)).isEqualTo("SUSPENDED");
    panel.server.verify(
        1,
        postRequestedFor(urlPathEqualTo(LifecyclePanelStubs.API + "updateClient/uuid-2"))
            .withRequestBody(containing("\\\"enable\\\":false")));
    panel.server.verify(
        1,
        postRequestedFor(urlPathEqualTo(LifecyclePanelStubs.API + "addClient"))
            .withRequestBody(containing("lost@1000proxy"))
            .withRequestBody(containing("uuid-3")));
    assertThat(unknown.count().block()).isEqualTo(1);

    assertThat(sync.handle(job(LifecycleJobs.SYNC_TRAFFIC, server)).block())
        .isEqualTo(JobResult.done());
    panel.server.verify(1, postRequestedFor(urlPathEqualTo(LifecyclePanelStubs.API + "addClient")));
    assertThat(database.count("SELECT COUNT(*) FROM client_traffic_snapshots")).isEqualTo(3);
    panel.server.verify(
        0, postRequestedFor(urlPathEqualTo(LifecyclePanelStubs.API + "1/delClient/uuid-9")));
  }

  @Test
  void the_dashboard_counts_paid_orders_per_day_active_clients_and_server_load() {
    database.seedCatalog(panel.url(), 100);
    database.paidOrder(100, 3);
    database.sql("UPDATE orders SET paid_at = UTC_TIMESTAMP(6) WHERE id = 100");
    client(1, "expired@1000proxy", "uuid-1", clock.instant().plus(Duration.ofDays(1)));
    unknown.report(new ServerId(1), Set.of("stranger@else")).block();

    PlatformStats stats =
        new ShowStatsService(new R2dbcPlatformStatsReader(database.db), unknown, clock)
            .stats()
            .block();

    assertThat(stats.days())
        .singleElement()
        .satisfies(
            day -> {
              assertThat(day.orders()).isEqualTo(1);
              assertThat(day.revenue()).isEqualByComparingTo("13.5");
            });
    assertThat(stats.activeClients()).isEqualTo(1);
    assertThat(stats.servers()).containsExactly(new PlatformStats.ServerLoad(1, "DE-1", 1, 100));
    assertThat(stats.unknownPanelClients()).isEqualTo(1);
  }

  private String status(long id) {
    return database.string("SELECT status FROM server_clients WHERE id = " + id);
  }

  private void client(long id, String email, String uuid, Instant expiresAt) {
    database.sql(
        "INSERT INTO server_clients (id, user_id, server_id, server_inbound_id, server_plan_id,"
            + " order_id, order_item_id, unit_index, protocol, client_uuid, sub_id, email,"
            + " status, expires_at, traffic_limit_bytes, limit_ip, subscription_token_hash,"
            + " version, created_at, updated_at) VALUES ("
            + id
            + ", 3, 1, 10, 5, 100, 1000, "
            + (id - 1)
            + ", 'vless', '"
            + uuid
            + "', 's', '"
            + email
            + "', 'ACTIVE', '"
            + expiresAt
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString()
                .replace("T", " ")
                .replace("Z", "")
            + "', "
            + GB
            + ", 2, 'hash"
            + id
            + "', 0, NOW(6), NOW(6))");
  }

  private static Job job(String type, Map<String, String> arguments) {
    Instant now = Instant.now();
    return new Job(
        1,
        type,
        arguments,
        JobPriority.LOW,
        JobStatus.RUNNING,
        1,
        5,
        now,
        "it#1",
        now.plusSeconds(60),
        null,
        now,
        now);
  }
}
