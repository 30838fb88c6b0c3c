package com.thousandproxy.api.jobs;

import com.thousandproxy.application.jobs.Backoff;
import com.thousandproxy.application.jobs.JobRunnerSettings;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.jobs.*}: the durable job queue and this instance's worker pool.
 *
 * @param enabled whether this instance runs workers (the queue is always there to enqueue into)
 * @param pollInterval how often an idle pool looks for due jobs
 * @param backoff the wait after the 1st, 2nd... failed try; the last one repeats
 * @param maxAttempts the tries a new job gets before it is DEAD
 * @param lease how long a claim holds a job without a heartbeat (a dead worker's jobs wait so long)
 * @param heartbeat how often a running job's lease is extended
 * @param timeout the longest one run may take; longer counts as a failed try
 * @param shutdownGrace how long shutdown waits for running jobs before giving them back
 * @param defaultConcurrency jobs of one type run at once per instance
 * @param concurrency per job type, e.g. {@code app.jobs.concurrency.provision-order=8}
 * @param instanceId this pool's lease owner name; empty means pid@host plus a random suffix
 */
@ConfigurationProperties("app.jobs")
public record JobsProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue({"10s", "30s", "60s"}) List<Duration> backoff,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("60s") Duration lease,
    @DefaultValue("20s") Duration heartbeat,
    @DefaultValue("10m") Duration timeout,
    @DefaultValue("20s") Duration shutdownGrace,
    @DefaultValue("4") int defaultConcurrency,
    Map<String, Integer> concurrency,
    String instanceId) {

  public JobRunnerSettings runnerSettings() {
    return new JobRunnerSettings(
        owner(),
        pollInterval,
        lease,
        heartbeat,
        timeout,
        new Backoff(backoff),
        defaultConcurrency,
        concurrency == null ? Map.of() : concurrency);
  }

  private String owner() {
    if (instanceId != null && !instanceId.isBlank()) {
      return instanceId.strip();
    }
    String runtime = ManagementFactory.getRuntimeMXBean().getName(); // pid@host, no DNS lookup
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String name = runtime.length() > 70 ? runtime.substring(0, 70) : runtime;
    return name + "-" + suffix;
  }
}
