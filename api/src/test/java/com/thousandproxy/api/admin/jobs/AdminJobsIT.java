package com.thousandproxy.api.admin.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.support.Await;
import com.thousandproxy.api.support.ItDatabase;
import com.thousandproxy.api.support.TestJwtKeys;
import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * The admin job endpoints through HTTP on a fresh MariaDB database, with the app's own worker pool:
 * a job that fails for good is listed as DEAD with its error, and a retry puts it back in the
 * queue, where it then succeeds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class AdminJobsIT {

  private static final String ADMIN_EMAIL = "jobs-admin@it.1000proxy.test";
  private static final String ADMIN_PASSWORD = "It-Jobs-Admin-Passw0rd-Hz3";
  private static final ItDatabase DATABASE = ItDatabase.create();
  private static final TestJwtKeys KEYS = TestJwtKeys.create();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::drop));
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.r2dbc.url", DATABASE::r2dbcUrl);
    registry.add("spring.liquibase.url", DATABASE::jdbcUrl);
    registry.add("app.security.jwt.private-key", KEYS::privateKeyLocation);
    registry.add("app.security.jwt.public-key", KEYS::publicKeyLocation);
    registry.add("app.rate-limit.key-prefix", () -> "it:" + UUID.randomUUID() + ":");
    registry.add("app.bootstrap.admin-email", () -> ADMIN_EMAIL);
    registry.add("app.bootstrap.admin-password", () -> ADMIN_PASSWORD);
    registry.add("app.jobs.poll-interval", () -> "100ms");
  }

  /** Fails for good on the first run of each job, succeeds on the next. */
  @TestConfiguration
  static class FailingOnceHandler {

    static final Map<String, Integer> RUNS = new ConcurrentHashMap<>();

    @Bean
    JobHandler failingOnce() {
      return new JobHandler() {
        @Override
        public String type() {
          return "it-fails-once";
        }

        @Override
        public Mono<JobResult> handle(Job job) {
          int run = RUNS.merge(job.argument("key"), 1, Integer::sum);
          return Mono.just(
              run == 1 ? JobResult.failedPermanently("panel said no") : JobResult.done());
        }
      };
    }
  }

  @Autowired JobQueue queue;
  private WebTestClient client;

  @Autowired
  void slowMachineClient(WebTestClient webTestClient) {
    client = webTestClient.mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  @Test
  void aDeadJobIsListedWithItsLastErrorAndARetryQueuesItAgainAuditedUntilItSucceeds() {
    String key = UUID.randomUUID().toString();
    queue.enqueue(job(key)).block();
    String admin = adminToken();
    awaitTrue(
        "the job is DEAD", () -> deadJobs(admin).stream().anyMatch(j -> key.equals(keyOf(j))));

    Map<String, Object> dead =
        deadJobs(admin).stream().filter(j -> key.equals(keyOf(j))).findFirst().orElseThrow();
    assertThat(dead).containsEntry("status", "DEAD").containsEntry("lastError", "panel said no");
    assertThat(dead).containsEntry("type", "it-fails-once").containsEntry("attempts", 1);
    Number id = (Number) dead.get("id");

    retry(id, admin)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(true)
        .jsonPath("$.data.status")
        .isEqualTo("QUEUED")
        .jsonPath("$.data.attempts")
        .isEqualTo(0);

    awaitTrue(
        "the retried job succeeds",
        () ->
            DATABASE.queryLong(
                    "SELECT COUNT(*) FROM jobs WHERE id = " + id + " AND status = 'SUCCEEDED'")
                == 1);
    assertThat(
            DATABASE.queryLong(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'admin.job_retried' AND target_id = '"
                    + id
                    + "'"))
        .isEqualTo(1);
    retry(id, admin)
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false);
  }

  @Test
  void pausedWorkersLeaveANewJobQueuedAndResumedOnesRunItBothSwitchesAudited()
      throws InterruptedException {
    String admin = adminToken();
    String key = UUID.randomUUID().toString();
    try {
      workers("/pause", admin).jsonPath("$.data.running").isEqualTo(false);
      client
          .get()
          .uri("/api/v1/admin/jobs/workers")
          .headers(h -> h.setBearerAuth(admin))
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.data.running")
          .isEqualTo(false);
      queue.enqueue(job(key)).block();
      long id = DATABASE.queryLong("SELECT MAX(id) FROM jobs WHERE dedup_key = 'it:" + key + "'");

      Thread.sleep(1_000); // ten poll intervals of a running pool
      assertThat(isQueued(id)).isTrue();

      workers("/resume", admin).jsonPath("$.data.running").isEqualTo(true);
      awaitTrue("the resumed pool runs the job", () -> !isQueued(id));
    } finally {
      workers("/resume", admin);
    }
    assertThat(
            DATABASE.queryLong(
                "SELECT COUNT(*) FROM audit_log WHERE action IN"
                    + " ('admin.job_workers_paused', 'admin.job_workers_resumed')"))
        .isGreaterThanOrEqualTo(2);
  }

  private WebTestClient.BodyContentSpec workers(String action, String token) {
    return client
        .post()
        .uri("/api/v1/admin/jobs/workers" + action)
        .headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }

  private static boolean isQueued(long id) {
    return DATABASE.queryLong(
            "SELECT COUNT(*) FROM jobs WHERE id = " + id + " AND status = 'QUEUED'")
        == 1;
  }

  @Test
  void unknownJobsBadFiltersAndNonAdminsAreRefused() {
    String admin = adminToken();
    retry(987654321, admin).expectStatus().isNotFound();
    client
        .get()
        .uri("/api/v1/admin/jobs?status=ZOMBIE&size=500")
        .headers(h -> h.setBearerAuth(admin))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors.status")
        .exists()
        .jsonPath("$.errors.size")
        .exists();
    client.get().uri("/api/v1/admin/jobs").exchange().expectStatus().isUnauthorized();
    client
        .post()
        .uri("/api/v1/admin/jobs/workers/pause")
        .exchange()
        .expectStatus()
        .isUnauthorized();
    String customer = customerToken();
    client
        .get()
        .uri("/api/v1/admin/jobs")
        .headers(h -> h.setBearerAuth(customer))
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  private WebTestClient.ResponseSpec retry(Number id, String token) {
    return client
        .post()
        .uri("/api/v1/admin/jobs/{id}/retry", id)
        .headers(h -> h.setBearerAuth(token))
        .exchange();
  }

  private static NewJob job(String key) {
    return new NewJob(
        "it-fails-once", Map.of("key", key), JobPriority.HIGH, Instant.now(), "it:" + key);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> deadJobs(String admin) {
    Map<String, Object> body =
        client
            .get()
            .uri("/api/v1/admin/jobs?status=DEAD&size=100")
            .headers(h -> h.setBearerAuth(admin))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    Map<String, Object> page = (Map<String, Object>) body.get("data");
    return (List<Map<String, Object>>) page.get("items");
  }

  @SuppressWarnings("unchecked")
  private static String keyOf(Map<String, Object> job) {
    return ((Map<String, String>) job.get("arguments")).get("key");
  }

  /** The first admin is created once the application is ready: wait for it, then log in. */
  private String adminToken() {
    awaitTrue(
        "the bootstrap admin exists",
        () -> DATABASE.queryLong("SELECT COUNT(*) FROM users WHERE role = 'ADMIN'") > 0);
    return logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  private String customerToken() {
    String email = "jobs-customer-" + UUID.randomUUID().toString().substring(0, 8) + "@it.test";
    String password = "It-Customer-Passw0rd-Lm8";
    client
        .post()
        .uri("/api/v1/auth/register")
        .bodyValue(Map.of("email", email, "password", password, "name", "Customer"))
        .exchange()
        .expectStatus()
        .isCreated();
    return logIn(email, password);
  }

  @SuppressWarnings("unchecked")
  private String logIn(String email, String password) {
    Map<String, Object> body =
        client
            .post()
            .uri("/api/v1/auth/login")
            .bodyValue(Map.of("email", email, "password", password))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return (String) ((Map<String, Object>) body.get("data")).get("accessToken");
  }

  private static void awaitTrue(String what, BooleanSupplier condition) {
    Await.until(what, Duration.ofSeconds(30), condition);
  }
}
