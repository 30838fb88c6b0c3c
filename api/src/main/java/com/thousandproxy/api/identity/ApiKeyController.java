package com.thousandproxy.api.identity;

import com.thousandproxy.api.security.ClientAddress;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.application.identity.ApiKeyNotFoundException;
import com.thousandproxy.application.identity.port.in.ManageApiKeysUseCase;
import com.thousandproxy.domain.identity.ApiKeyId;
import com.thousandproxy.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Resellers' (and admins') API keys; a key authenticates through {@code X-API-Key}. */
@RestController
@RequestMapping("/api/v1/me/api-keys")
@Tag(name = "Account")
public class ApiKeyController {

  private final ManageApiKeysUseCase keys;

  public ApiKeyController(ManageApiKeysUseCase keys) {
    this.keys = keys;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create an API key; the key is in this answer only, store it now")
  public Mono<ApiResponse<CreatedApiKeyResponse>> create(
      @AuthenticationPrincipal Caller caller,
      @Valid @RequestBody CreateApiKeyRequest request,
      ServerWebExchange exchange) {
    return keys.create(caller, request.name(), ClientAddress.of(exchange))
        .map(created -> ApiResponse.created(CreatedApiKeyResponse.from(created)));
  }

  @GetMapping
  @Operation(summary = "The caller's API keys (prefix only, never the secret)")
  public Mono<ApiResponse<List<ApiKeyResponse>>> list(@AuthenticationPrincipal Caller caller) {
    return keys.list(caller).map(ApiKeyResponse::from).collectList().map(ApiResponse::ok);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Revoke an API key; it stops working at once")
  public Mono<ApiResponse<Void>> revoke(
      @AuthenticationPrincipal Caller caller, @PathVariable long id, ServerWebExchange exchange) {
    return Mono.fromCallable(() -> new ApiKeyId(id))
        .onErrorMap(IllegalArgumentException.class, e -> new ApiKeyNotFoundException())
        .flatMap(keyId -> keys.revoke(caller, keyId, ClientAddress.of(exchange)))
        .thenReturn(ApiResponse.<Void>of("Revoked", null));
  }
}
