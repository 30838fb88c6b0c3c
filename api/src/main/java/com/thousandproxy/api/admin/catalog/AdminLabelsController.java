package com.thousandproxy.api.admin.catalog;

import com.thousandproxy.api.admin.servers.AdminActors;
import com.thousandproxy.api.admin.servers.RequestFields;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.api.web.ResourceNotFoundException;
import com.thousandproxy.application.server.LabelKind;
import com.thousandproxy.application.server.LabelName;
import com.thousandproxy.application.server.port.in.ManageCatalogLabelsUseCase;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The endpoints categories and brands share: list, create, rename, delete. Each subclass maps them
 * under its own path.
 */
public abstract class AdminLabelsController {

  private final ManageCatalogLabelsUseCase labels;
  private final LabelKind kind;

  protected AdminLabelsController(ManageCatalogLabelsUseCase labels, LabelKind kind) {
    this.labels = labels;
    this.kind = kind;
  }

  @GetMapping
  @Operation(summary = "All of them, in display order")
  public Mono<ApiResponse<List<LabelResponse>>> list() {
    return labels
        .list(kind)
        .map(list -> ApiResponse.ok(list.stream().map(LabelResponse::from).toList()));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create one from a name (409 when its slug is taken)")
  public Mono<ApiResponse<LabelResponse>> create(
      @RequestBody LabelRequest request, Principal principal, ServerWebExchange exchange) {
    return Mono.fromCallable(() -> name(request))
        .flatMap(name -> labels.create(kind, name, AdminActors.of(principal, exchange)))
        .map(label -> ApiResponse.created(LabelResponse.from(label)));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Rename one (its slug follows)")
  public Mono<ApiResponse<LabelResponse>> rename(
      @PathVariable long id,
      @RequestBody LabelRequest request,
      Principal principal,
      ServerWebExchange exchange) {
    return Mono.fromCallable(() -> name(request))
        .flatMap(
            name -> labels.rename(kind, labelId(id), name, AdminActors.of(principal, exchange)))
        .map(label -> ApiResponse.ok(LabelResponse.from(label)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete one no server or plan uses (409 otherwise)")
  public Mono<ApiResponse<Void>> remove(
      @PathVariable long id, Principal principal, ServerWebExchange exchange) {
    return Mono.fromCallable(() -> labelId(id))
        .flatMap(label -> labels.delete(kind, label, AdminActors.of(principal, exchange)))
        .thenReturn(ApiResponse.of("Deleted", null));
  }

  private static String name(LabelRequest request) {
    RequestFields fields = new RequestFields();
    String name =
        fields.text("name", request == null ? null : request.name(), LabelName.MAX_LENGTH, true);
    fields.throwIfAny();
    return name;
  }

  private long labelId(long id) {
    if (id < 1) {
      throw new ResourceNotFoundException(kind == LabelKind.CATEGORY ? "Category" : "Brand");
    }
    return id;
  }
}
