package com.thousandproxy.api.lifecycle;

import com.thousandproxy.adapters.persistence.lifecycle.R2dbcLifecycleClients;
import com.thousandproxy.adapters.persistence.lifecycle.R2dbcPlatformStatsReader;
import com.thousandproxy.adapters.persistence.lifecycle.R2dbcStuckOrders;
import com.thousandproxy.adapters.persistence.lifecycle.R2dbcUnknownPanelClients;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcPanelDirectory;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcServerClientRepository;
import com.thousandproxy.api.admin.clients.ClientActionErrorRules;
import com.thousandproxy.api.payment.PeriodicTask;
import com.thousandproxy.api.web.ApiErrorRule;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.lifecycle.AdministerClientsService;
import com.thousandproxy.application.lifecycle.ClientActionJobHandler;
import com.thousandproxy.application.lifecycle.ClientMoves;
import com.thousandproxy.application.lifecycle.ClientPanel;
import com.thousandproxy.application.lifecycle.ExpireClientsJobHandler;
import com.thousandproxy.application.lifecycle.LifecycleSchedule;
import com.thousandproxy.application.lifecycle.ShowStatsService;
import com.thousandproxy.application.lifecycle.SuspendOrderClientsJobHandler;
import com.thousandproxy.application.lifecycle.SweepDeadProvisioningJobHandler;
import com.thousandproxy.application.lifecycle.SyncTrafficJobHandler;
import com.thousandproxy.application.lifecycle.port.in.AdministerClientsUseCase;
import com.thousandproxy.application.lifecycle.port.in.ShowStatsUseCase;
import com.thousandproxy.application.lifecycle.port.out.ExpiryNotifier;
import com.thousandproxy.application.lifecycle.port.out.LifecycleClients;
import com.thousandproxy.application.lifecycle.port.out.UnknownPanelClients;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import com.thousandproxy.application.provisioning.port.in.ProvisionOrderUseCase;
import com.thousandproxy.application.provisioning.port.out.PanelDirectory;
import com.thousandproxy.application.server.port.out.SecretCipher;
import com.thousandproxy.application.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The client lifecycle: the job handlers (expiry, traffic sync with quota and drift, suspension of
 * refunded orders, the sweep of dead provisioning) and the tick that enqueues the periodic ones
 * every {@code app.sync.expiry-interval} ({@code app.lifecycle.enabled} turns the tick off).
 */
@Configuration(proxyBeanMethods = false)
public class LifecycleConfiguration {

  @Bean
  LifecycleClients lifecycleClients(DatabaseClient db) {
    return new R2dbcLifecycleClients(db);
  }

  @Bean
  UnknownPanelClients unknownPanelClients(DatabaseClient db, Clock clock) {
    return new R2dbcUnknownPanelClients(db, clock);
  }

  @Bean
  ClientMoves clientMoves(LifecycleClients clients, AuditLog audit, Clock clock) {
    return new ClientMoves(clients, audit, clock);
  }

  @Bean
  ClientPanel clientPanel(DatabaseClient db, SecretCipher cipher, PanelClientGateway gateway) {
    return new ClientPanel(directory(db, cipher), gateway);
  }

  @Bean
  ExpireClientsJobHandler expireClientsJobHandler(
      LifecycleClients clients,
      ClientPanel panel,
      ClientMoves moves,
      ExpiryNotifier notifier,
      Transactions transactions,
      @Value("${app.clients.delete-after:7d}") Duration deleteAfter,
      @Value("${app.lifecycle.batch:200}") int batch,
      Clock clock) {
    return new ExpireClientsJobHandler(
        clients, panel, moves, notifier, transactions, deleteAfter, batch, clock);
  }

  @Bean
  SyncTrafficJobHandler syncTrafficJobHandler(
      LifecycleClients clients,
      DatabaseClient db,
      SecretCipher cipher,
      PanelClientGateway gateway,
      ClientMoves moves,
      UnknownPanelClients unknown,
      Clock clock) {
    return new SyncTrafficJobHandler(
        clients, directory(db, cipher), gateway, moves, unknown, clock);
  }

  @Bean
  SuspendOrderClientsJobHandler suspendOrderClientsJobHandler(
      DatabaseClient db, ClientPanel panel, ClientMoves moves) {
    return new SuspendOrderClientsJobHandler(new R2dbcServerClientRepository(db), panel, moves);
  }

  @Bean
  SweepDeadProvisioningJobHandler sweepDeadProvisioningJobHandler(
      DatabaseClient db, ProvisionOrderUseCase provisioning) {
    return new SweepDeadProvisioningJobHandler(new R2dbcStuckOrders(db), provisioning);
  }

  @Bean
  ClientActionJobHandler clientActionJobHandler(
      DatabaseClient db,
      LifecycleClients clients,
      ClientPanel panel,
      ClientMoves moves,
      Clock clock) {
    return new ClientActionJobHandler(
        new R2dbcServerClientRepository(db), clients, panel, moves, clock);
  }

  @Bean
  AdministerClientsUseCase administerClientsUseCase(
      DatabaseClient db, JobQueue queue, AuditLog audit, Clock clock) {
    return new AdministerClientsService(new R2dbcServerClientRepository(db), queue, audit, clock);
  }

  @Bean
  ShowStatsUseCase showStatsUseCase(DatabaseClient db, UnknownPanelClients unknown, Clock clock) {
    return new ShowStatsService(new R2dbcPlatformStatsReader(db), unknown, clock);
  }

  @Bean
  ApiErrorRule clientActionErrorRules() {
    return new ClientActionErrorRules();
  }

  @Bean
  LifecycleSchedule lifecycleSchedule(
      JobQueue queue,
      LifecycleClients clients,
      @Value("${app.sync.expiry-interval:1m}") Duration expiryInterval,
      @Value("${app.sync.traffic-interval:5m}") Duration trafficInterval,
      Clock clock) {
    return new LifecycleSchedule(queue, clients, expiryInterval, trafficInterval, clock);
  }

  @Bean
  @ConditionalOnProperty(name = "app.lifecycle.enabled", matchIfMissing = true)
  PeriodicTask lifecycleTick(
      LifecycleSchedule schedule,
      @Value("${app.lifecycle.initial-delay:20s}") Duration initialDelay,
      @Value("${app.sync.expiry-interval:1m}") Duration interval) {
    return new PeriodicTask("lifecycle tick", initialDelay, interval, schedule::tick);
  }

  /** Panel connections with the stored secrets opened by the server administration's cipher. */
  static PanelDirectory directory(DatabaseClient db, SecretCipher cipher) {
    return new R2dbcPanelDirectory(db, cipher::open);
  }
}
