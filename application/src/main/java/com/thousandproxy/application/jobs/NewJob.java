package com.thousandproxy.application.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A unit of background work to run at or after {@code runAt}.
 *
 * @param type what to run, e.g. {@code provision-order}; a worker handles each type
 * @param arguments the job's inputs as plain text values (stored as a JSON object)
 * @param dedupKey when set, at most one job with this key ever exists: enqueuing it again is a
 *     no-op, which is what makes "mark paid and enqueue" safe to repeat
 */
public record NewJob(
    String type,
    Map<String, String> arguments,
    JobPriority priority,
    Instant runAt,
    String dedupKey) {

  public NewJob {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(runAt, "runAt");
    if (type.isBlank() || type.length() > 64) {
      throw new IllegalArgumentException("type must be 1 to 64 characters");
    }
    if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > 191)) {
      throw new IllegalArgumentException("dedupKey must be 1 to 191 characters");
    }
    arguments = Map.copyOf(arguments);
  }
}
