package com.thousandproxy.application.provisioning;

import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order as provisioning sees it: its state, its lines with their plans, what was paid and when,
 * and for a renewal the client it extends.
 *
 * @param paidAt when the payment arrived; null for an order not paid (or paid before it was kept)
 */
public record PaidOrder(
    OrderId id,
    UserId userId,
    OrderKind kind,
    OrderStatus status,
    Money grandAmount,
    ServerClientId renews,
    List<PurchasedLine> lines,
    Instant paidAt) {

  public PaidOrder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(grandAmount, "grandAmount");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an order has at least one line");
    }
    if ((kind == OrderKind.RENEWAL) != (renews != null)) {
      throw new IllegalArgumentException("a renewal, and only a renewal, names its client");
    }
  }

  public int units() {
    return lines.stream().mapToInt(PurchasedLine::quantity).sum();
  }
}
