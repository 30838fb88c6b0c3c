package com.thousandproxy.adapters.persistence.jobs;

import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Mono;

/**
 * Enqueues into the {@code jobs} table through the {@link DatabaseClient}, so the insert joins the
 * caller's R2DBC transaction. A repeated dedup key hits the unique index; MariaDB and H2 roll back
 * only that statement, so the caller's transaction goes on and the answer is false.
 */
public final class R2dbcJobQueue implements JobQueue {

  private final DatabaseClient db;
  private final Clock clock;
  private final int maxAttempts;

  /**
   * @param maxAttempts the tries every new job gets ({@code app.jobs.max-attempts})
   */
  public R2dbcJobQueue(DatabaseClient db, Clock clock, int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be 1 or more");
    }
    this.db = db;
    this.clock = clock;
    this.maxAttempts = maxAttempts;
  }

  @Override
  public Mono<Boolean> enqueue(NewJob job) {
    GenericExecuteSpec insert =
        db.sql(
                "INSERT INTO jobs (type, payload, priority, status, dedup_key, attempts,"
                    + " max_attempts, run_at, created_at, updated_at) VALUES (:type, :payload,"
                    + " :priority, 'QUEUED', :dedupKey, 0, :maxAttempts, :runAt, :now, :now)")
            .bind("type", job.type())
            .bind("payload", JobRows.payload(job.arguments()))
            .bind("priority", job.priority().name())
            .bind("maxAttempts", maxAttempts)
            .bind("runAt", JobRows.utc(job.runAt()))
            .bind("now", JobRows.utc(clock.instant()));
    insert =
        job.dedupKey() == null
            ? insert.bindNull("dedupKey", String.class)
            : insert.bind("dedupKey", job.dedupKey());
    return insert
        .fetch()
        .rowsUpdated()
        .map(rows -> rows == 1)
        .onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false));
  }
}
