package com.thousandproxy.adapters.persistence.jobs;

import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.NewJob;
import java.time.Instant;
import java.util.Map;

/** Test data: {@code aJob("provision-order").withPriority(HIGH).dueAt(t).build()}. */
final class NewJobBuilder {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00.123456Z");

  private final String type;
  private Map<String, String> arguments = Map.of("orderId", "42");
  private JobPriority priority = JobPriority.DEFAULT;
  private Instant runAt = NOW;
  private String dedupKey;

  private NewJobBuilder(String type) {
    this.type = type;
  }

  static NewJobBuilder aJob(String type) {
    return new NewJobBuilder(type);
  }

  NewJobBuilder withArguments(Map<String, String> newArguments) {
    arguments = newArguments;
    return this;
  }

  NewJobBuilder withPriority(JobPriority newPriority) {
    priority = newPriority;
    return this;
  }

  NewJobBuilder dueAt(Instant newRunAt) {
    runAt = newRunAt;
    return this;
  }

  NewJobBuilder withDedupKey(String key) {
    dedupKey = key;
    return this;
  }

  NewJob build() {
    return new NewJob(type, arguments, priority, runAt, dedupKey);
  }
}
