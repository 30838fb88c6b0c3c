package com.thousandproxy.api.admin.clients;

import com.thousandproxy.api.security.ClientAddress;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.api.web.ResourceNotFoundException;
import com.thousandproxy.application.lifecycle.ClientAction;
import com.thousandproxy.application.lifecycle.ClientActionCommand;
import com.thousandproxy.application.lifecycle.port.in.AdministerClientsUseCase;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Admins suspend, resume, reset or delete a server client. Each request is audited and queued as a
 * job (202 with the job's key); the job makes the panel call and changes the status.
 */
@RestController
@RequestMapping("/api/v1/admin/server-clients")
@Tag(name = "Admin: server clients")
public class AdminServerClientsController {

  private final AdministerClientsUseCase clients;

  public AdminServerClientsController(AdministerClientsUseCase clients) {
    this.clients = clients;
  }

  @PostMapping("/{id}/{action:suspend|resume|reset-traffic}")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Suspend, resume or reset the traffic of a client (queued, audited)")
  public Mono<ApiResponse<ClientActionResponse>> act(
      @AuthenticationPrincipal Caller admin,
      @PathVariable long id,
      @PathVariable String action,
      ServerWebExchange exchange) {
    return request(admin, id, ClientAction.fromWireName(action), exchange);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Delete a client from its panel (queued, audited)")
  public Mono<ApiResponse<ClientActionResponse>> delete(
      @AuthenticationPrincipal Caller admin, @PathVariable long id, ServerWebExchange exchange) {
    return request(admin, id, ClientAction.DELETE, exchange);
  }

  private Mono<ApiResponse<ClientActionResponse>> request(
      Caller admin, long id, ClientAction action, ServerWebExchange exchange) {
    if (id <= 0) {
      return Mono.error(new ResourceNotFoundException("server client"));
    }
    return clients
        .request(
            new ClientActionCommand(
                admin, new ServerClientId(id), action, ClientAddress.of(exchange)))
        .map(
            job ->
                ApiResponse.of(
                    "Queued", new ClientActionResponse(id, action.wireName(), job, "QUEUED")));
  }
}
