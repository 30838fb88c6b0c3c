package com.thousandproxy.api.admin.jobs;

import com.thousandproxy.api.security.ClientAddress;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.api.web.PageResponse;
import com.thousandproxy.api.web.QueryParameters;
import com.thousandproxy.application.jobs.JobFilter;
import com.thousandproxy.application.jobs.JobNotFoundException;
import com.thousandproxy.application.jobs.JobStatus;
import com.thousandproxy.application.jobs.RetryJobCommand;
import com.thousandproxy.application.jobs.port.in.AdministerJobsUseCase;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Admins watch the job queue (DEAD jobs and their last error first of all) and revive jobs. */
@RestController
@RequestMapping("/api/v1/admin/jobs")
@Tag(name = "Admin: jobs")
public class AdminJobsController {

  private final AdministerJobsUseCase jobs;

  public AdminJobsController(AdministerJobsUseCase jobs) {
    this.jobs = jobs;
  }

  @GetMapping
  @Operation(
      summary = "Jobs, newest first",
      description =
          "Filters: status (QUEUED, RUNNING, SUCCEEDED, FAILED, DEAD), type (e.g."
              + " provision-order); paging: page, size. A DEAD job shows why in lastError.")
  public Mono<ApiResponse<PageResponse<JobResponse>>> list(
      @RequestParam Map<String, String> params) {
    return Mono.fromCallable(() -> parse(params))
        .flatMap(request -> jobs.list(request.filter(), request.page()))
        .map(page -> ApiResponse.ok(PageResponse.from(page, JobResponse::from)));
  }

  @PostMapping("/{id}/retry")
  @Operation(
      summary = "Put a DEAD job back in the queue",
      description =
          "Due at once with a fresh set of tries; its last error is kept until the next try."
              + " 404 for an unknown job, 409 for a job that is not DEAD. Audited.")
  public Mono<ApiResponse<JobResponse>> retry(
      @AuthenticationPrincipal Caller admin, @PathVariable long id, ServerWebExchange exchange) {
    return Mono.fromCallable(
            () -> {
              if (id <= 0) {
                throw new JobNotFoundException(id);
              }
              return new RetryJobCommand(admin, id, ClientAddress.of(exchange));
            })
        .flatMap(jobs::retry)
        .map(job -> ApiResponse.of("Job queued again", JobResponse.from(job)));
  }

  private record ListRequest(JobFilter filter, PageRequest page) {}

  private static ListRequest parse(Map<String, String> params) {
    QueryParameters query = new QueryParameters(params);
    JobStatus status = status(query);
    String type = query.text("type");
    PageRequest page = query.pageRequest();
    if (query.hasErrors()) {
      throw new InvalidRequestException(query.errors());
    }
    return new ListRequest(new JobFilter(status, type), page);
  }

  private static JobStatus status(QueryParameters query) {
    String text = query.text("status");
    if (text == null) {
      return null;
    }
    try {
      return JobStatus.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      query.reject("status", "must be one of " + Arrays.toString(JobStatus.values()));
      return null;
    }
  }
}
