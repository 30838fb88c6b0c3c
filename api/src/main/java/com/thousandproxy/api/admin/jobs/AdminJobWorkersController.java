package com.thousandproxy.api.admin.jobs;

import com.thousandproxy.api.jobs.JobWorkers;
import com.thousandproxy.api.jobs.JobWorkersDisabledException;
import com.thousandproxy.api.security.ClientAddress;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Admins pause and resume the job workers of the instance that answers; each switch audited. */
@RestController
@RequestMapping("/api/v1/admin/jobs/workers")
@Tag(name = "Admin: jobs")
public class AdminJobWorkersController {

  static final String PAUSED = "admin.job_workers_paused";
  static final String RESUMED = "admin.job_workers_resumed";

  private final ObjectProvider<JobWorkers> workers;
  private final AuditLog audit;
  private final Clock clock;

  public AdminJobWorkersController(
      ObjectProvider<JobWorkers> workers, AuditLog audit, Clock clock) {
    this.workers = workers;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether this instance claims jobs. */
  public record WorkersResponse(boolean running) {}

  @GetMapping
  @Operation(summary = "Whether this instance's job workers claim jobs")
  public Mono<ApiResponse<WorkersResponse>> state() {
    return Mono.fromCallable(() -> ApiResponse.ok(new WorkersResponse(workers().isClaiming())));
  }

  @PostMapping("/pause")
  @Operation(
      summary = "Stop claiming jobs on this instance",
      description =
          "Answers once the running jobs have finished (within app.jobs.shutdown-grace) or gone"
              + " back to the queue for the other instances. Per instance: behind a load balancer,"
              + " call each instance. 409 when the instance runs no workers. Audited.")
  public Mono<ApiResponse<WorkersResponse>> pause(
      @AuthenticationPrincipal Caller admin, ServerWebExchange exchange) {
    return Mono.fromCallable(this::workers)
        .flatMap(jobWorkers -> jobWorkers.pause().thenReturn(jobWorkers))
        .flatMap(jobWorkers -> switched(admin, exchange, PAUSED, jobWorkers));
  }

  @PostMapping("/resume")
  @Operation(
      summary = "Claim jobs again on this instance",
      description = "409 when the instance runs no workers. Audited.")
  public Mono<ApiResponse<WorkersResponse>> resume(
      @AuthenticationPrincipal Caller admin, ServerWebExchange exchange) {
    return Mono.fromCallable(this::workers)
        .doOnNext(JobWorkers::resume)
        .flatMap(jobWorkers -> switched(admin, exchange, RESUMED, jobWorkers));
  }

  private JobWorkers workers() {
    JobWorkers jobWorkers = workers.getIfAvailable();
    if (jobWorkers == null) {
      throw new JobWorkersDisabledException();
    }
    return jobWorkers;
  }

  private Mono<ApiResponse<WorkersResponse>> switched(
      Caller admin, ServerWebExchange exchange, String action, JobWorkers jobWorkers) {
    AuditEvent event =
        AuditEvent.of(AuditActor.of(admin), action, clock.instant())
            .from(ClientAddress.of(exchange));
    return audit
        .record(event)
        .thenReturn(ApiResponse.ok(new WorkersResponse(jobWorkers.isClaiming())));
  }
}
