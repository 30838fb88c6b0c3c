package com.thousandproxy.api.provisioning;

import com.thousandproxy.adapters.persistence.panel.InMemoryPanelWriteLock;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcClientPlacement;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcPanelDirectory;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcProvisioningOrders;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcProvisioningRefunds;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcServerClientRepository;
import com.thousandproxy.adapters.persistence.transaction.R2dbcTransactions;
import com.thousandproxy.adapters.xui.InMemoryPanelSessionStore;
import com.thousandproxy.adapters.xui.ThreeXuiPanelClientGateway;
import com.thousandproxy.adapters.xui.XuiSettings;
import com.thousandproxy.api.observability.ProvisioningMetrics;
import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.JobStatus;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import com.thousandproxy.application.provisioning.ProvisionOrderJobHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import reactor.core.publisher.Mono;

/**
 * One worker pool's provisioning, wired as {@link ProvisioningConfiguration} wires it, over the
 * real MariaDB adapters and the real 3x-ui adapter (its own sessions, serialiser and breaker).
 */
final class ProvisioningHarness {

  static final int MAX_ATTEMPTS = 5;

  final ProvisionOrderJobHandler handler;

  ProvisioningHarness(ProvisioningDatabase database) {
    this(database, gateway -> gateway);
  }

  /** {@code wrap} may decorate the panel gateway, e.g. to make the worker die after a call. */
  ProvisioningHarness(ProvisioningDatabase database, UnaryOperator<PanelClientGateway> wrap) {
    var gateway =
        new ThreeXuiPanelClientGateway(
            XuiSettings.defaults()
                .withCallTimeout(Duration.ofSeconds(10))
                .withRetry(1, Duration.ofMillis(10)),
            new InMemoryPanelSessionStore(),
            new InMemoryPanelWriteLock(Duration.ofSeconds(30), Duration.ofMinutes(1)));
    var db = database.db;
    handler =
        ProvisioningConfiguration.handler(
            ProvisioningConfiguration.provisioning(
                new R2dbcProvisioningOrders(db),
                new R2dbcServerClientRepository(db),
                new R2dbcClientPlacement(db),
                new R2dbcPanelDirectory(db, secret -> secret),
                wrap.apply(gateway),
                new R2dbcProvisioningRefunds(db),
                new LoggingCustomerNotifier(),
                new R2dbcTransactions(new R2dbcTransactionManager(database.connections)),
                ProvisioningConfiguration.tokens(new byte[32]),
                new ProvisioningMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC()));
  }

  /** Runs try {@code attempt} of the order's provision-order job. */
  Mono<JobResult> attempt(long orderId, int attempt) {
    return handler.handle(job(orderId, attempt));
  }

  static Job job(long orderId, int attempt) {
    Instant now = Instant.now();
    return new Job(
        orderId,
        ProvisionOrderJobHandler.TYPE,
        Map.of("orderId", Long.toString(orderId)),
        JobPriority.HIGH,
        JobStatus.RUNNING,
        attempt,
        MAX_ATTEMPTS,
        now,
        "it#" + attempt,
        now.plusSeconds(60),
        null,
        now,
        now);
  }
}
