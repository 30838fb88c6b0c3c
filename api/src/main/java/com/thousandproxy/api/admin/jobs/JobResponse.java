package com.thousandproxy.api.admin.jobs;

import com.thousandproxy.application.jobs.Job;
import java.time.Instant;
import java.util.Map;

/** One job as admins see it: where it is, how many tries it had and why the last one failed. */
public record JobResponse(
    long id,
    String type,
    Map<String, String> arguments,
    String priority,
    String status,
    int attempts,
    int maxAttempts,
    Instant runAt,
    String leaseOwner,
    Instant leaseExpiresAt,
    String lastError,
    Instant createdAt,
    Instant updatedAt) {

  static JobResponse from(Job job) {
    return new JobResponse(
        job.id(),
        job.type(),
        job.arguments(),
        job.priority().name(),
        job.status().name(),
        job.attempts(),
        job.maxAttempts(),
        job.runAt(),
        job.leaseOwner(),
        job.leaseExpiresAt(),
        job.lastError(),
        job.createdAt(),
        job.updatedAt());
  }
}
