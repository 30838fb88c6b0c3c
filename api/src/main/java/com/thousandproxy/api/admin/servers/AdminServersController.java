package com.thousandproxy.api.admin.servers;

import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.api.web.PageResponse;
import com.thousandproxy.api.web.ResourceNotFoundException;
import com.thousandproxy.application.server.port.in.BrowseServersUseCase;
import com.thousandproxy.application.server.port.in.CheckServerHealthUseCase;
import com.thousandproxy.application.server.port.in.DeleteServerUseCase;
import com.thousandproxy.application.server.port.in.RegisterServerUseCase;
import com.thousandproxy.application.server.port.in.SyncServerInboundsUseCase;
import com.thousandproxy.application.server.port.in.UpdateServerUseCase;
import com.thousandproxy.domain.server.ServerId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
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

/** Admins register 3x-ui panels as servers, sync their inbounds and check their health. */
@RestController
@RequestMapping("/api/v1/admin/servers")
@Tag(name = "Admin: servers", description = "3x-ui panels: settings, inbounds, health")
public class AdminServersController {

  private final RegisterServerUseCase register;
  private final UpdateServerUseCase update;
  private final DeleteServerUseCase delete;
  private final BrowseServersUseCase browse;
  private final SyncServerInboundsUseCase sync;
  private final CheckServerHealthUseCase health;

  public AdminServersController(
      RegisterServerUseCase register,
      UpdateServerUseCase update,
      DeleteServerUseCase delete,
      BrowseServersUseCase browse,
      SyncServerInboundsUseCase sync,
      CheckServerHealthUseCase health) {
    this.register = register;
    this.update = update;
    this.delete = delete;
    this.browse = browse;
    this.sync = sync;
    this.health = health;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Register a panel",
      description =
          "panelUrl includes the web base path; password and apiToken are stored encrypted and"
              + " never returned; dialect: auto (default), classic or clients-api")
  public Mono<ApiResponse<ServerResponse>> create(
      @RequestBody ServerRequest request, Principal principal, ServerWebExchange exchange) {
    return Mono.fromCallable(
            () -> ServerRequestParser.parse(request, true, AdminActors.of(principal, exchange)))
        .flatMap(register::register)
        .map(server -> ApiResponse.created(ServerResponse.from(server)));
  }

  @GetMapping
  @Operation(summary = "All servers by id (paged: page, size)")
  public Mono<ApiResponse<PageResponse<ServerResponse>>> list(
      @RequestParam Map<String, String> params) {
    return Mono.fromCallable(() -> RequestFields.pageOf(params))
        .flatMap(browse::servers)
        .map(page -> ApiResponse.ok(PageResponse.from(page, ServerResponse::from)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One server")
  public Mono<ApiResponse<ServerResponse>> get(@PathVariable long id) {
    return Mono.fromCallable(() -> serverId(id))
        .flatMap(browse::server)
        .map(server -> ApiResponse.ok(ServerResponse.from(server)));
  }

  @PutMapping("/{id}")
  @Operation(
      summary = "Replace a server's settings",
      description =
          "Without password or apiToken the stored ones are kept; apiToken \"\" removes it")
  public Mono<ApiResponse<ServerResponse>> replace(
      @PathVariable long id,
      @RequestBody ServerRequest request,
      Principal principal,
      ServerWebExchange exchange) {
    return Mono.fromCallable(
            () -> ServerRequestParser.parse(request, false, AdminActors.of(principal, exchange)))
        .flatMap(command -> update.update(serverId(id), command))
        .map(server -> ApiResponse.ok(ServerResponse.from(server)));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete a server no plan, order or client uses (409 otherwise)")
  public Mono<ApiResponse<Void>> remove(
      @PathVariable long id, Principal principal, ServerWebExchange exchange) {
    return Mono.fromCallable(() -> serverId(id))
        .flatMap(server -> delete.delete(server, AdminActors.of(principal, exchange)))
        .thenReturn(ApiResponse.of("Deleted", null));
  }

  @PostMapping("/{id}/sync")
  @Operation(summary = "Read the panel's inbounds into the store; answers the stored inbounds")
  public Mono<ApiResponse<List<InboundResponse>>> sync(
      @PathVariable long id, Principal principal, ServerWebExchange exchange) {
    return Mono.fromCallable(() -> serverId(id))
        .flatMap(server -> sync.sync(server, AdminActors.of(principal, exchange)))
        .map(list -> ApiResponse.ok(list.stream().map(InboundResponse::from).toList()));
  }

  @GetMapping("/{id}/inbounds")
  @Operation(summary = "The server's inbounds as last synced")
  public Mono<ApiResponse<List<InboundResponse>>> inbounds(@PathVariable long id) {
    return Mono.fromCallable(() -> serverId(id))
        .flatMapMany(browse::inbounds)
        .map(InboundResponse::from)
        .collectList()
        .map(ApiResponse::ok);
  }

  @GetMapping("/{id}/health")
  @Operation(summary = "Probe the panel: reachable, latency, dialect, client count")
  public Mono<ApiResponse<HealthResponse>> health(@PathVariable long id) {
    return Mono.fromCallable(() -> serverId(id))
        .flatMap(health::check)
        .map(report -> ApiResponse.ok(HealthResponse.from(report)));
  }

  private static ServerId serverId(long id) {
    if (id < 1) {
      throw new ResourceNotFoundException("Server");
    }
    return new ServerId(id);
  }
}
