package com.thousandproxy.adapters.persistence.jobs;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobClaim;
import com.thousandproxy.application.jobs.JobCount;
import com.thousandproxy.application.jobs.JobFilter;
import com.thousandproxy.application.jobs.JobStatus;
import com.thousandproxy.application.jobs.port.out.JobStore;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Mono;

/**
 * The {@code jobs} table as workers and admins use it. Claims run in short READ COMMITTED
 * transactions (no gap locks); every worker write is fenced by {@code lease_owner} and {@code
 * status = 'RUNNING'}, so it changes nothing once another claim holds the job.
 */
public final class R2dbcJobStore implements JobStore {

  private static final String HELD =
      " WHERE id = :id AND lease_owner = :owner AND status = 'RUNNING'";

  private final DatabaseClient db;
  private final TransactionalOperator readCommitted;
  private final SkipLockedClaimer claimer;

  public R2dbcJobStore(DatabaseClient db, ReactiveTransactionManager transactionManager) {
    DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
    definition.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    this.db = db;
    this.readCommitted = TransactionalOperator.create(transactionManager, definition);
    this.claimer = new SkipLockedClaimer(db);
  }

  @Override
  public Mono<List<Job>> claim(JobClaim claim) {
    return readCommitted.transactional(claimer.claim(claim));
  }

  @Override
  public Mono<Boolean> extendLease(long jobId, String leaseOwner, Instant until, Instant now) {
    return write(
        held("UPDATE jobs SET lease_expires_at = :until, updated_at = :now", jobId, leaseOwner, now)
            .bind("until", JobRows.utc(until)));
  }

  @Override
  public Mono<Boolean> complete(long jobId, String leaseOwner, Instant now) {
    return write(
        held(
            "UPDATE jobs SET status = 'SUCCEEDED', lease_expires_at = NULL, updated_at = :now",
            jobId,
            leaseOwner,
            now));
  }

  @Override
  public Mono<Boolean> reschedule(
      long jobId, String leaseOwner, Instant runAt, String error, Instant now) {
    return write(
        held(
                "UPDATE jobs SET status = 'QUEUED', run_at = :runAt, last_error = :error,"
                    + " lease_owner = NULL, lease_expires_at = NULL, updated_at = :now",
                jobId,
                leaseOwner,
                now)
            .bind("runAt", JobRows.utc(runAt))
            .bind("error", JobRows.error(error)));
  }

  @Override
  public Mono<Boolean> markDead(long jobId, String leaseOwner, String error, Instant now) {
    return write(
        held(
                "UPDATE jobs SET status = 'DEAD', last_error = :error, lease_expires_at = NULL,"
                    + " updated_at = :now",
                jobId,
                leaseOwner,
                now)
            .bind("error", JobRows.error(error)));
  }

  @Override
  public Mono<Boolean> release(long jobId, String leaseOwner, Instant now) {
    return write(
        held(
            "UPDATE jobs SET status = 'QUEUED', attempts = attempts - 1, run_at = :now,"
                + " lease_owner = NULL, lease_expires_at = NULL, updated_at = :now",
            jobId,
            leaseOwner,
            now));
  }

  /**
   * Finds the expired leases with a plain (lock-free) read, then updates each row by its primary
   * key, re-checking the expiry: locking rows through the secondary index in one UPDATE deadlocked
   * with concurrent completions, which lock the primary key first.
   */
  @Override
  public Mono<Integer> recoverExpiredLeases(Instant now) {
    return db.sql("SELECT id FROM jobs WHERE status = 'RUNNING' AND lease_expires_at < :now")
        .bind("now", JobRows.utc(now))
        .map(row -> row.get("id", Long.class))
        .all()
        .concatMap(id -> recoverExpiredLease(id, now))
        .reduce(0, Integer::sum);
  }

  private Mono<Integer> recoverExpiredLease(long jobId, Instant now) {
    // last_error first: MariaDB assigns left to right, so lease_owner is still set there
    return db.sql(
            "UPDATE jobs SET last_error = CONCAT('lease of ', lease_owner, ' expired: its worker"
                + " stopped'), status = CASE WHEN attempts > max_attempts THEN 'DEAD' ELSE"
                + " 'QUEUED' END, run_at = :now, lease_owner = NULL, lease_expires_at = NULL,"
                + " updated_at = :now WHERE id = :id AND status = 'RUNNING' AND lease_expires_at"
                + " < :now")
        .bind("id", jobId)
        .bind("now", JobRows.utc(now))
        .fetch()
        .rowsUpdated()
        .map(Long::intValue);
  }

  @Override
  public Mono<Job> find(long jobId) {
    return db.sql(JobRows.COLUMNS + " WHERE id = :id").bind("id", jobId).map(JobRows::job).one();
  }

  @Override
  public Mono<Page<Job>> list(JobFilter filter, PageRequest page) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> binds = new LinkedHashMap<>();
    if (filter.status() != null) {
      conditions.add("status = :status");
      binds.put("status", filter.status().name());
    }
    if (filter.type() != null) {
      conditions.add("type = :type");
      binds.put("type", filter.type());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    Mono<Long> total =
        bindAll(db.sql("SELECT COUNT(*) AS n FROM jobs" + where), binds)
            .map(row -> row.get("n", Long.class))
            .one();
    Mono<List<Job>> items =
        bindAll(
                db.sql(JobRows.COLUMNS + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset"),
                binds)
            .bind("limit", page.size())
            .bind("offset", page.offset())
            .map(JobRows::job)
            .all()
            .collectList();
    return Mono.zip(
        items, total, (list, count) -> new Page<>(list, page.page(), page.size(), count));
  }

  @Override
  public Mono<Boolean> revive(long jobId, Instant now) {
    return write(
        db.sql(
                "UPDATE jobs SET status = 'QUEUED', attempts = 0, run_at = :now, lease_owner ="
                    + " NULL, lease_expires_at = NULL, updated_at = :now WHERE id = :id AND"
                    + " status = 'DEAD'")
            .bind("id", jobId)
            .bind("now", JobRows.utc(now)));
  }

  @Override
  public Mono<List<JobCount>> countOpen() {
    return db.sql(
            "SELECT type, status, COUNT(*) AS n FROM jobs WHERE status IN ('QUEUED', 'RUNNING',"
                + " 'DEAD') GROUP BY type, status")
        .map(
            row ->
                new JobCount(
                    row.get("type", String.class),
                    JobStatus.valueOf(row.get("status", String.class)),
                    row.get("n", Long.class)))
        .all()
        .collectList();
  }

  private GenericExecuteSpec held(String update, long jobId, String leaseOwner, Instant now) {
    return db.sql(update + HELD)
        .bind("id", jobId)
        .bind("owner", leaseOwner)
        .bind("now", JobRows.utc(now));
  }

  private static Mono<Boolean> write(GenericExecuteSpec update) {
    return update.fetch().rowsUpdated().map(rows -> rows == 1);
  }

  private static GenericExecuteSpec bindAll(GenericExecuteSpec spec, Map<String, Object> binds) {
    for (Map.Entry<String, Object> bind : binds.entrySet()) {
      spec = spec.bind(bind.getKey(), bind.getValue());
    }
    return spec;
  }
}
