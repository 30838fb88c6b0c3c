package com.thousandproxy.api.ordering;

import com.thousandproxy.api.payment.IdempotencyHeader;
import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.application.ordering.OrderLine;
import com.thousandproxy.application.ordering.PaymentMethod;
import com.thousandproxy.application.ordering.PlaceOrderCommand;
import com.thousandproxy.application.payment.IdempotencyKey;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.ordering.OrderItem;
import com.thousandproxy.domain.user.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads a {@link PlaceOrderRequest} into a command, listing every bad field at once. */
final class PlaceOrderRequests {

  static final String SCOPE = "orders.create";
  private static final Pattern COIN = Pattern.compile("[A-Za-z0-9]{2,20}");

  private PlaceOrderRequests() {}

  static PlaceOrderCommand command(UserId user, PlaceOrderRequest request, String idempotencyKey) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (request == null) {
      throw InvalidRequestException.of("items", "is required");
    }
    List<OrderLine> lines = new ArrayList<>();
    if (request.items() == null
        || request.items().isEmpty()
        || request.items().size() > com.thousandproxy.domain.ordering.Order.MAX_ITEMS) {
      errors.put("items", List.of("must hold 1 to 10 items"));
    } else {
      for (int i = 0; i < request.items().size(); i++) {
        PlaceOrderRequest.Item item = request.items().get(i);
        if (item == null || item.serverPlanId() == null || item.serverPlanId() <= 0) {
          errors.put("items[" + i + "].serverPlanId", List.of("must be a plan id"));
        }
        if (item == null || item.quantity() == null) {
          errors.put("items[" + i + "].quantity", List.of("is required"));
        } else if (item.quantity() < 1 || item.quantity() > OrderItem.MAX_QUANTITY) {
          errors.put(
              "items[" + i + "].quantity", List.of("must be 1 to " + OrderItem.MAX_QUANTITY));
        }
        if (!errors.isEmpty()) {
          continue;
        }
        lines.add(new OrderLine(new PlanId(item.serverPlanId()), item.quantity()));
      }
    }
    PaymentMethod method = PaymentMethod.fromWire(request.paymentMethod()).orElse(null);
    if (method == null) {
      errors.put("paymentMethod", List.of("must be wallet or nowpayments"));
    }
    if (request.payCurrency() != null && !COIN.matcher(request.payCurrency().strip()).matches()) {
      errors.put("payCurrency", List.of("must be a coin ticker such as btc or usdttrc20"));
    }
    IdempotencyKey key = IdempotencyHeader.read(idempotencyKey, SCOPE, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return new PlaceOrderCommand(user, lines, method, request.payCurrency(), key);
  }
}
