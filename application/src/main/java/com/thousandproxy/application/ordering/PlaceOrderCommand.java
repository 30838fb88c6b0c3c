package com.thousandproxy.application.ordering;

import com.thousandproxy.application.payment.IdempotencyKey;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.ordering.Order;
import com.thousandproxy.domain.ordering.OrderItem;
import com.thousandproxy.domain.user.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A customer's order request, valid by construction: 1 to 10 lines, each of quantity 1 to 100.
 *
 * @param payCurrency the coin for a gateway payment, null for the configured default
 * @param idempotencyKey the client's {@code Idempotency-Key}, or null
 * @param renews the client a renewal order extends (one line of quantity 1), null for a purchase
 */
public record PlaceOrderCommand(
    UserId userId,
    List<OrderLine> lines,
    PaymentMethod method,
    String payCurrency,
    IdempotencyKey idempotencyKey,
    ServerClientId renews) {

  /** A purchase. */
  public PlaceOrderCommand(
      UserId userId,
      List<OrderLine> lines,
      PaymentMethod method,
      String payCurrency,
      IdempotencyKey idempotencyKey) {
    this(userId, lines, method, payCurrency, idempotencyKey, null);
  }

  public PlaceOrderCommand {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(method, "method");
    lines = List.copyOf(lines);
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (lines.isEmpty() || lines.size() > Order.MAX_ITEMS) {
      errors.put("items", List.of("must hold 1 to " + Order.MAX_ITEMS + " items"));
    }
    for (int i = 0; i < lines.size(); i++) {
      int quantity = lines.get(i).quantity();
      if (quantity < 1 || quantity > OrderItem.MAX_QUANTITY) {
        errors.put("items[" + i + "].quantity", List.of("must be 1 to " + OrderItem.MAX_QUANTITY));
      }
    }
    if (renews != null && (lines.size() != 1 || lines.get(0).quantity() != 1)) {
      errors.put("items", List.of("a renewal is one item of quantity 1"));
    }
    if (!errors.isEmpty()) {
      throw new OrderValidationException(errors);
    }
  }

  /** The request's canonical text: what an idempotency key is compared on. */
  public String fingerprint() {
    List<String> parts = new ArrayList<>();
    parts.add(method.wireName());
    parts.add(payCurrency == null ? "" : payCurrency.strip().toLowerCase(java.util.Locale.ROOT));
    parts.add(
        lines.stream()
            .map(line -> line.planId().value() + "x" + line.quantity())
            .collect(Collectors.joining(",")));
    if (renews != null) {
      parts.add("renews:" + renews.value());
    }
    return String.join("|", parts);
  }
}
