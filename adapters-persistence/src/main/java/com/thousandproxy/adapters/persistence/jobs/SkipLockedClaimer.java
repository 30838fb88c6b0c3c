package com.thousandproxy.adapters.persistence.jobs;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobClaim;
import com.thousandproxy.application.jobs.JobPriority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Claims jobs with {@code SELECT ... FOR UPDATE SKIP LOCKED}: one query per priority, highest
 * first, each served in {@code run_at} order by the index {@code (status, priority, run_at)} so
 * only the rows returned get locked; rows another claim holds are skipped, never waited for. The
 * chosen rows become RUNNING under the claim's lease before the (short, READ COMMITTED) transaction
 * ends.
 */
final class SkipLockedClaimer {

  private static final String DUE =
      "SELECT id, type FROM jobs WHERE status = 'QUEUED' AND priority = :priority"
          + " AND run_at <= :now AND type IN (:types) ORDER BY run_at, id LIMIT :limit"
          + " FOR UPDATE SKIP LOCKED";

  private final DatabaseClient db;

  SkipLockedClaimer(DatabaseClient db) {
    this.db = db;
  }

  /** Must run inside a transaction: the row locks hold until it ends. */
  Mono<List<Job>> claim(JobClaim claim) {
    return lockDue(claim).flatMap(ids -> ids.isEmpty() ? Mono.just(List.of()) : take(ids, claim));
  }

  private Mono<List<Long>> lockDue(JobClaim claim) {
    return Mono.defer(
        () -> {
          Map<String, Integer> left = new HashMap<>(claim.capacity());
          List<Long> chosen = new ArrayList<>();
          return Flux.fromArray(JobPriority.values())
              .concatMap(
                  priority -> {
                    List<String> types =
                        left.entrySet().stream()
                            .filter(free -> free.getValue() > 0)
                            .map(Map.Entry::getKey)
                            .sorted()
                            .toList();
                    if (types.isEmpty()) {
                      return Mono.empty();
                    }
                    return db.sql(DUE)
                        .bind("priority", priority.name())
                        .bind("now", JobRows.utc(claim.now()))
                        .bind("types", types)
                        .bind("limit", types.stream().mapToInt(left::get).sum())
                        .map(
                            row ->
                                new Candidate(
                                    row.get("id", Long.class), row.get("type", String.class)))
                        .all()
                        .doOnNext(
                            candidate -> {
                              if (left.getOrDefault(candidate.type(), 0) > 0) {
                                left.merge(candidate.type(), -1, Integer::sum);
                                chosen.add(candidate.id());
                              }
                            })
                        .then();
                  })
              .then(Mono.fromSupplier(() -> List.copyOf(chosen)));
        });
  }

  private Mono<List<Job>> take(List<Long> ids, JobClaim claim) {
    return db.sql(
            "UPDATE jobs SET status = 'RUNNING', lease_owner = :owner, lease_expires_at = :until,"
                + " attempts = attempts + 1, updated_at = :now WHERE id IN (:ids)")
        .bind("owner", claim.leaseOwner())
        .bind("until", JobRows.utc(claim.leaseExpiresAt()))
        .bind("now", JobRows.utc(claim.now()))
        .bind("ids", ids)
        .fetch()
        .rowsUpdated()
        .then(
            db.sql(JobRows.COLUMNS + " WHERE id IN (:ids)")
                .bind("ids", ids)
                .map(JobRows::job)
                .all()
                .sort(Comparator.comparingInt(job -> ids.indexOf(job.id())))
                .collectList());
  }

  private record Candidate(long id, String type) {}
}
