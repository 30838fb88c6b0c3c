package com.thousandproxy.api.ordering;

import com.thousandproxy.api.payment.IdempotencyHeader;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.api.web.PageResponse;
import com.thousandproxy.application.ordering.port.in.BrowseOrdersUseCase;
import com.thousandproxy.application.ordering.port.in.CancelOrderUseCase;
import com.thousandproxy.application.ordering.port.in.PlaceOrderUseCase;
import com.thousandproxy.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
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

/** The caller's orders: place (paid from the wallet or through NowPayments), read, cancel. */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders")
public class OrderController {

  private final PlaceOrderUseCase placeOrder;
  private final BrowseOrdersUseCase browse;
  private final CancelOrderUseCase cancelOrder;

  public OrderController(
      PlaceOrderUseCase placeOrder, BrowseOrdersUseCase browse, CancelOrderUseCase cancelOrder) {
    this.placeOrder = placeOrder;
    this.browse = browse;
    this.cancelOrder = cancelOrder;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Place an order and start paying it",
      description =
          "wallet: paid at once or 409 when the balance does not cover it (nothing is charged or"
              + " created). nowpayments: opens a payment at the gateway (409 below its minimum,"
              + " 503 when it is down). The same Idempotency-Key within 24 h answers the first"
              + " result; with another body it is a 409.")
  public Mono<ApiResponse<PlacedOrderResponse>> place(
      @AuthenticationPrincipal Caller caller,
      @RequestHeader(name = IdempotencyHeader.NAME, required = false) String idempotencyKey,
      @RequestBody PlaceOrderRequest request) {
    return Mono.fromCallable(
            () -> PlaceOrderRequests.command(caller.userId(), request, idempotencyKey))
        .flatMap(placeOrder::place)
        .map(placed -> ApiResponse.created(PlacedOrderResponse.from(placed)));
  }

  @GetMapping
  @Operation(summary = "The caller's orders, newest first (paged: page, size)")
  public Mono<ApiResponse<PageResponse<OrderResponse>>> list(
      @AuthenticationPrincipal Caller caller, @RequestParam Map<String, String> params) {
    return Mono.fromCallable(() -> PageQuery.of(params))
        .flatMap(page -> browse.ownOrders(caller.userId(), page))
        .map(page -> ApiResponse.ok(PageResponse.from(page, OrderResponse::from)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One order with its items and invoice (own; admins any)")
  public Mono<ApiResponse<OrderResponse>> get(
      @AuthenticationPrincipal Caller caller, @PathVariable long id) {
    return browse
        .order(caller.userId(), caller.isAdmin(), id)
        .map(details -> ApiResponse.ok(OrderResponse.from(details)));
  }

  @PostMapping("/{id}/cancel")
  @Operation(summary = "Cancel an unpaid order (409 once it is paid or closed)")
  public Mono<ApiResponse<OrderResponse>> cancel(
      @AuthenticationPrincipal Caller caller, @PathVariable long id) {
    return cancelOrder
        .cancel(caller.userId(), caller.isAdmin(), id)
        .map(details -> ApiResponse.of("Cancelled", OrderResponse.from(details)));
  }
}
