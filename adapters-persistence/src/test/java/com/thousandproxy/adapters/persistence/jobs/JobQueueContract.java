package com.thousandproxy.adapters.persistence.jobs;

import static com.thousandproxy.adapters.persistence.jobs.NewJobBuilder.NOW;
import static com.thousandproxy.adapters.persistence.jobs.NewJobBuilder.aJob;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.adapters.persistence.transaction.R2dbcTransactions;
import com.thousandproxy.application.jobs.JobFilter;
import com.thousandproxy.application.jobs.JobStatus;
import com.thousandproxy.application.shared.PageRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** What {@link R2dbcJobQueue} promises on every database the product supports. */
abstract class JobQueueContract extends JobTableFixture {

  private R2dbcTransactions transactions;

  @Override
  int maxAttempts() {
    return 5;
  }

  @BeforeAll
  void createTransactions() {
    transactions = new R2dbcTransactions(transactionManager);
  }

  @Test
  void enqueuingTheSameDedupKeyTwiceKeepsOneJobAndSaysSo() {
    var job = aJob("provision-order").withDedupKey("provision-order:42").build();

    assertThat(queue.enqueue(job).block()).isTrue();
    assertThat(queue.enqueue(job).block()).isFalse();

    assertThat(count()).isEqualTo(1);
  }

  @Test
  void jobsWithoutADedupKeyAreNeverDuplicatesOfEachOther() {
    queue.enqueue(aJob("sync-traffic").build()).block();
    queue.enqueue(aJob("sync-traffic").build()).block();

    assertThat(count()).isEqualTo(2);
  }

  @Test
  void aJobEnqueuedInATransactionThatRollsBackIsNotThere() {
    Mono<Boolean> work =
        transactions.inTransaction(
            () ->
                queue
                    .enqueue(aJob("provision-order").withDedupKey("rolled-back").build())
                    .then(Mono.error(new IllegalStateException("payment write failed"))));

    assertThat(work.onErrorResume(IllegalStateException.class, e -> Mono.empty()).block()).isNull();

    assertThat(count()).isZero();
  }

  @Test
  void aDuplicateInsideATransactionLeavesTheTransactionUsable() {
    queue.enqueue(aJob("provision-order").withDedupKey("provision-order:7").build()).block();

    Boolean added =
        transactions
            .inTransaction(
                () ->
                    queue
                        .enqueue(aJob("provision-order").withDedupKey("provision-order:7").build())
                        .flatMap(
                            duplicate ->
                                queue
                                    .enqueue(aJob("send-mail").withDedupKey("mail:7").build())
                                    .map(mail -> !duplicate && mail)))
            .block();

    assertThat(added).isTrue();
    assertThat(count()).isEqualTo(2);
  }

  @Test
  void theArgumentsAreStoredAsAJsonObjectAndComeBackAsEnqueued() {
    Map<String, String> arguments = Map.of("orderId", "42", "note", "ünïcode \"quoted\"");
    queue.enqueue(aJob("provision-order").withArguments(arguments).build()).block();

    var job = store.list(JobFilter.ALL, new PageRequest(0, 10)).block().items().get(0);
    assertThat(job.arguments()).isEqualTo(arguments);
    assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(job.attempts()).isZero();
    assertThat(job.maxAttempts()).isEqualTo(5);
    assertThat(job.runAt()).isEqualTo(NOW);
    assertThat(
            db.sql("SELECT payload FROM jobs")
                .map(row -> row.get("payload", String.class))
                .one()
                .block())
        .startsWith("{\"note\":");
  }

  private long count() {
    return db.sql("SELECT COUNT(*) AS n FROM jobs")
        .map(row -> row.get("n", Long.class))
        .one()
        .block();
  }
}
