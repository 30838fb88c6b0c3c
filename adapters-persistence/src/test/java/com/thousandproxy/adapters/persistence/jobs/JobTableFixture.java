package com.thousandproxy.adapters.persistence.jobs;

import static com.thousandproxy.adapters.persistence.jobs.NewJobBuilder.NOW;

import com.thousandproxy.adapters.persistence.support.TestDatabase;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * One database per test class with the queue (clock fixed at {@link NewJobBuilder#NOW}) and the
 * store on it; the jobs table is emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JobTableFixture {

  TestDatabase database;
  DatabaseClient db;
  R2dbcTransactionManager transactionManager;
  R2dbcJobQueue queue;
  R2dbcJobStore store;

  abstract TestDatabase createDatabase();

  /** The tries every job enqueued by {@link #queue} gets. */
  abstract int maxAttempts();

  @BeforeAll
  void createQueueAndStore() {
    database = createDatabase();
    db = database.client();
    transactionManager = new R2dbcTransactionManager(database.connectionFactory());
    queue = new R2dbcJobQueue(db, Clock.fixed(NOW, ZoneOffset.UTC), maxAttempts());
    store = new R2dbcJobStore(db, transactionManager);
  }

  @AfterAll
  void dropDatabase() {
    database.close();
  }

  @BeforeEach
  void emptyQueue() {
    db.sql("DELETE FROM jobs").then().block();
  }
}
