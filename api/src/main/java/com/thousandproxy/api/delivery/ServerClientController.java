package com.thousandproxy.api.delivery;

import com.thousandproxy.api.ordering.PageQuery;
import com.thousandproxy.api.ordering.PlacedOrderResponse;
import com.thousandproxy.api.payment.IdempotencyHeader;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.application.delivery.port.in.BrowseServerClientsUseCase;
import com.thousandproxy.application.delivery.port.in.RenewServerClientUseCase;
import com.thousandproxy.application.delivery.port.in.RotateSubscriptionUseCase;
import com.thousandproxy.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What the customer bought, from our records (no panel call): clients with links, QR codes and
 * subscription URLs. Another user's client answers 404 on every endpoint; admins see any.
 */
@RestController
@RequestMapping("/api/v1/server-clients")
@Tag(name = "Server clients")
public class ServerClientController {

  private final BrowseServerClientsUseCase browse;
  private final RotateSubscriptionUseCase rotate;
  private final Links links;
  private final QrImages qr;

  private final RenewServerClientUseCase renewals;

  public ServerClientController(
      BrowseServerClientsUseCase browse,
      RotateSubscriptionUseCase rotate,
      Links links,
      QrImages qr,
      RenewServerClientUseCase renewals) {
    this.browse = browse;
    this.rotate = rotate;
    this.links = links;
    this.qr = qr;
    this.renewals = renewals;
  }

  @GetMapping
  @Operation(
      summary = "The caller's clients, newest first (paged: page, size)",
      description = "accountSubscriptionUrl is the feed with the links of all active clients")
  public Mono<ApiResponse<ServerClientPageResponse>> list(
      @AuthenticationPrincipal Caller caller, @RequestParam Map<String, String> params) {
    return Mono.fromCallable(() -> PageQuery.of(params))
        .flatMap(page -> browse.ownClients(caller, page))
        .zipWith(browse.accountToken(caller))
        .map(
            both ->
                ApiResponse.ok(
                    new ServerClientPageResponse(
                        both.getT1().items().stream()
                            .map(client -> ServerClientResponse.from(client, links))
                            .toList(),
                        both.getT1().page(),
                        both.getT1().size(),
                        both.getT1().total(),
                        links.accountSubscriptionUrl(both.getT2()))));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One client with its links and subscription URL (own; admins any)")
  public Mono<ApiResponse<ServerClientResponse>> get(
      @AuthenticationPrincipal Caller caller, @PathVariable long id) {
    return browse
        .client(caller, id)
        .map(client -> ApiResponse.ok(ServerClientResponse.from(client, links)));
  }

  @GetMapping("/{id}/qr")
  @Operation(
      summary = "QR code of the first link, or of the subscription URL with target=subscription",
      description = "format=png (image/png, default) or svg (image/svg+xml)")
  public Mono<ResponseEntity<byte[]>> qr(
      @AuthenticationPrincipal Caller caller,
      @PathVariable long id,
      @RequestParam(name = "format", required = false) String format,
      @RequestParam(name = "target", required = false) String target) {
    QrImages.Request request = QrImages.request(format, target);
    return browse.client(caller, id).flatMap(client -> qr.render(request, client));
  }

  @PostMapping("/{id}/rotate-subscription")
  @Operation(summary = "New subscription URL; the old one answers 404 at once")
  public Mono<ApiResponse<ServerClientResponse>> rotateSubscription(
      @AuthenticationPrincipal Caller caller, @PathVariable long id) {
    return rotate
        .rotateClientToken(caller, id)
        .map(client -> ApiResponse.of("Rotated", ServerClientResponse.from(client, links)));
  }

  @PostMapping("/{id}/renew")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Renew for the client's plan: 201 {order, payment}",
      description =
          "A renewal order for the same plan, paid like any order (wallet: at once or 409;"
              + " nowpayments: a gateway payment). When paid, the same panel client gets its"
              + " expiry extended; no new client. 409 while the client is still pending.")
  public Mono<ApiResponse<PlacedOrderResponse>> renew(
      @AuthenticationPrincipal Caller caller,
      @PathVariable long id,
      @RequestHeader(name = IdempotencyHeader.NAME, required = false) String idempotencyKey,
      @RequestBody(required = false) RenewRequest request) {
    return Mono.fromCallable(() -> RenewRequests.command(caller, id, request, idempotencyKey))
        .flatMap(renewals::renew)
        .map(placed -> ApiResponse.created(PlacedOrderResponse.from(placed)));
  }

  @PostMapping("/rotate-account-subscription")
  @Operation(summary = "New account subscription URL (all clients); the old one answers 404")
  public Mono<ApiResponse<Map<String, String>>> rotateAccountSubscription(
      @AuthenticationPrincipal Caller caller) {
    return rotate
        .rotateAccountToken(caller)
        .map(
            token ->
                ApiResponse.of(
                    "Rotated",
                    Map.of("accountSubscriptionUrl", links.accountSubscriptionUrl(token))));
  }
}
