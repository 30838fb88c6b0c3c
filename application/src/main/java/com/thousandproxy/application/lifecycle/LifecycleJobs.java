package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.domain.server.ServerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The periodic lifecycle jobs. Each carries a dedup key naming its time slot, so every instance may
 * enqueue them on its own tick and still only one job per slot exists and runs.
 */
public final class LifecycleJobs {

  public static final String EXPIRE_CLIENTS = "expire-clients";
  public static final String SYNC_TRAFFIC = "sync-traffic";
  public static final String SWEEP_DEAD_PROVISIONING = "sweep-dead-provisioning";

  private LifecycleJobs() {}

  public static NewJob expireClients(Instant now, Duration interval) {
    return periodic(EXPIRE_CLIENTS, Map.of(), "expiry", now, interval);
  }

  public static NewJob sweepDeadProvisioning(Instant now, Duration interval) {
    return periodic(SWEEP_DEAD_PROVISIONING, Map.of(), "provisioning-sweep", now, interval);
  }

  public static NewJob syncTraffic(ServerId serverId, Instant now, Duration interval) {
    String id = Long.toString(serverId.value());
    return periodic(SYNC_TRAFFIC, Map.of("serverId", id), "traffic-sync:" + id, now, interval);
  }

  /** The slot number of {@code now}: whole intervals since the epoch. */
  static long slot(Instant now, Duration interval) {
    return now.toEpochMilli() / Math.max(1, interval.toMillis());
  }

  private static NewJob periodic(
      String type, Map<String, String> arguments, String key, Instant now, Duration interval) {
    return new NewJob(type, arguments, JobPriority.LOW, now, key + ":" + slot(now, interval));
  }
}
