package com.thousandproxy.adapters.persistence.jobs;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobClaim;
import com.thousandproxy.application.jobs.JobPriority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Claims jobs with {@code SELECT ... FOR UPDATE SKIP LOCKED}: one query per priority, highest
 * first, each served in {@code run_at} order by the index {@code (status, priority, run_at)} so
 * only the rows returned get locked; rows another claim holds are skipped, never waited for. Each
 * query looks at every type the pool runs: a due job it has no room for, or a full answer (there
 * may be more), means that priority has a backlog, and the lower ones wait. The chosen rows become
 * RUNNING under the claim's lease before the (short, READ COMMITTED) transaction ends; the others
 * are only locked until then.
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
          List<String> types = claim.types().stream().sorted().toList();
          AtomicBoolean backlog = new AtomicBoolean();
          return Flux.fromArray(JobPriority.values())
              .concatMap(
                  priority -> {
                    int room = left.values().stream().mapToInt(Integer::intValue).sum();
                    if (room == 0 || backlog.get()) {
                      return Mono.empty();
                    }
                    return db.sql(DUE)
                        .bind("priority", priority.name())
                        .bind("now", JobRows.utc(claim.now()))
                        .bind("types", types)
                        .bind("limit", room)
                        .map(
                            row ->
                                new Candidate(
                                    row.get("id", Long.class), row.get("type", String.class)))
                        .all()
                        .collectList()
                        .doOnNext(
                            due -> {
                              for (Candidate candidate : due) {
                                if (left.getOrDefault(candidate.type(), 0) > 0) {
                                  left.merge(candidate.type(), -1, Integer::sum);
                                  chosen.add(candidate.id());
                                } else {
                                  backlog.set(true);
                                }
                              }
                              if (due.size() == room) {
                                backlog.set(true);
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
