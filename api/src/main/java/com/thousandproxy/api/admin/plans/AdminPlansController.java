package com.thousandproxy.api.admin.plans;

import com.thousandproxy.api.admin.servers.AdminActors;
import com.thousandproxy.api.admin.servers.RequestFields;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.api.web.PageResponse;
import com.thousandproxy.api.web.ResourceNotFoundException;
import com.thousandproxy.application.plan.port.in.BrowsePlansUseCase;
import com.thousandproxy.application.plan.port.in.CreatePlanUseCase;
import com.thousandproxy.application.plan.port.in.DeletePlanUseCase;
import com.thousandproxy.application.plan.port.in.UpdatePlanUseCase;
import com.thousandproxy.domain.catalog.PlanId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Admins create and change plans and the pool of inbounds their clients are placed on. */
@RestController
@RequestMapping("/api/v1/admin/server-plans")
@Tag(name = "Admin: plans", description = "Plans, active or not, with their inbound pools")
public class AdminPlansController {

  private final CreatePlanUseCase create;
  private final UpdatePlanUseCase update;
  private final DeletePlanUseCase delete;
  private final BrowsePlansUseCase browse;

  public AdminPlansController(
      CreatePlanUseCase create,
      UpdatePlanUseCase update,
      DeletePlanUseCase delete,
      BrowsePlansUseCase browse) {
    this.create = create;
    this.update = update;
    this.delete = delete;
    this.browse = browse;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Create a plan",
      description =
          "inboundIds must exist and speak one protocol (the plan's; protocol may be omitted)")
  public Mono<ApiResponse<AdminPlanResponse>> create(
      @RequestBody PlanRequest request, Principal principal, ServerWebExchange exchange) {
    return Mono.fromCallable(
            () -> PlanRequestParser.parse(request, AdminActors.of(principal, exchange)))
        .flatMap(create::create)
        .map(plan -> ApiResponse.created(AdminPlanResponse.from(plan)));
  }

  @GetMapping
  @Operation(summary = "All plans by id, active or not (paged: page, size)")
  public Mono<ApiResponse<PageResponse<AdminPlanResponse>>> list(
      @RequestParam Map<String, String> params) {
    return Mono.fromCallable(() -> RequestFields.pageOf(params))
        .flatMap(browse::plans)
        .map(page -> ApiResponse.ok(PageResponse.from(page, AdminPlanResponse::from)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One plan, active or not")
  public Mono<ApiResponse<AdminPlanResponse>> get(@PathVariable long id) {
    return Mono.fromCallable(() -> planId(id))
        .flatMap(browse::plan)
        .map(plan -> ApiResponse.ok(AdminPlanResponse.from(plan)));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Replace a plan and its pool")
  public Mono<ApiResponse<AdminPlanResponse>> replace(
      @PathVariable long id,
      @RequestBody PlanRequest request,
      Principal principal,
      ServerWebExchange exchange) {
    return Mono.fromCallable(
            () -> PlanRequestParser.parse(request, AdminActors.of(principal, exchange)))
        .flatMap(command -> update.update(planId(id), command))
        .map(plan -> ApiResponse.ok(AdminPlanResponse.from(plan)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a plan no order or client uses (409 otherwise: deactivate it)")
  public Mono<ApiResponse<Void>> remove(
      @PathVariable long id, Principal principal, ServerWebExchange exchange) {
    return Mono.fromCallable(() -> planId(id))
        .flatMap(plan -> delete.delete(plan, AdminActors.of(principal, exchange)))
        .thenReturn(ApiResponse.of("Deleted", null));
  }

  private static PlanId planId(long id) {
    if (id < 1) {
      throw new ResourceNotFoundException("Plan");
    }
    return new PlanId(id);
  }
}
