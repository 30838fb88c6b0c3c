package com.thousandproxy.application.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A stored job as a worker or an admin sees it.
 *
 * @param attempts how many times the job was claimed, the run in progress included
 * @param leaseOwner the claim that holds the job while RUNNING (a worker pool and a claim number)
 * @param lastError why the latest try failed, or null
 */
public record Job(
    long id,
    String type,
    Map<String, String> arguments,
    JobPriority priority,
    JobStatus status,
    int attempts,
    int maxAttempts,
    Instant runAt,
    String leaseOwner,
    Instant leaseExpiresAt,
    String lastError,
    Instant createdAt,
    Instant updatedAt) {

  public Job {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(status, "status");
    arguments = Map.copyOf(arguments);
  }

  /** One argument, or an error naming the missing one: handlers read their inputs this way. */
  public String argument(String name) {
    String value = arguments.get(name);
    if (value == null) {
      throw new IllegalArgumentException("job " + id + " (" + type + ") has no argument " + name);
    }
    return value;
  }

  /** Whether a failure of this run leaves no try: the next failure makes the job DEAD. */
  public boolean isLastAttempt() {
    return attempts >= maxAttempts;
  }
}
