package com.thousandproxy.api.ordering;

import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.api.web.PageResponse;
import com.thousandproxy.application.ordering.port.in.BrowseOrdersUseCase;
import com.thousandproxy.domain.ordering.OrderStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Admins list every order, optionally by status. */
@RestController
@Tag(name = "Admin: orders")
public class AdminOrdersController {

  private final BrowseOrdersUseCase browse;

  public AdminOrdersController(BrowseOrdersUseCase browse) {
    this.browse = browse;
  }

  @GetMapping("/api/v1/admin/orders")
  @Operation(summary = "All orders, newest first (status=PENDING|PAID|...; paged)")
  public Mono<ApiResponse<PageResponse<OrderResponse>>> list(
      @RequestParam Map<String, String> params) {
    return Mono.fromCallable(() -> status(params.get("status")))
        .flatMap(status -> browse.allOrders(status.orElse(null), PageQuery.of(params)))
        .map(page -> ApiResponse.ok(PageResponse.from(page, OrderResponse::from)));
  }

  private static java.util.Optional<OrderStatus> status(String text) {
    if (text == null || text.isBlank()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(OrderStatus.valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of("status", "must be one of the order statuses");
    }
  }
}
