package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.lifecycle.port.out.LifecycleClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What every instance does on its tick: enqueue this slot's expiry run, provisioning sweep and one
 * traffic sync per server. The dedup keys make the other instances' enqueues no-ops, so each slot
 * runs once in the whole cluster.
 */
public final class LifecycleSchedule {

  private final JobQueue queue;
  private final LifecycleClients clients;
  private final Duration expiryInterval;
  private final Duration trafficInterval;
  private final Clock clock;

  public LifecycleSchedule(
      JobQueue queue,
      LifecycleClients clients,
      Duration expiryInterval,
      Duration trafficInterval,
      Clock clock) {
    this.queue = queue;
    this.clients = clients;
    this.expiryInterval = expiryInterval;
    this.trafficInterval = trafficInterval;
    this.clock = clock;
  }

  /** Enqueues the jobs due in the current slots; emits how many were new. */
  public Mono<Long> tick() {
    Instant now = clock.instant();
    return Flux.concat(
            queue.enqueue(LifecycleJobs.expireClients(now, expiryInterval)),
            queue.enqueue(LifecycleJobs.sweepDeadProvisioning(now, expiryInterval)),
            clients
                .servers()
                .concatMap(
                    server ->
                        queue.enqueue(LifecycleJobs.syncTraffic(server, now, trafficInterval))))
        .filter(added -> added)
        .count();
  }
}
