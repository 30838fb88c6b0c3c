package com.thousandproxy.application.provisioning.service;

import com.thousandproxy.application.provisioning.OrderKind;
import com.thousandproxy.application.provisioning.PaidOrder;
import com.thousandproxy.application.provisioning.PurchasedLine;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderItemId;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Paid orders for tests: {@code aPaidOrder(7).withLine(70, 3).build()}. */
final class OrderTestData {

  private final long id;
  private OrderStatus status = OrderStatus.PAID;
  private OrderKind kind = OrderKind.PURCHASE;
  private ServerClientId renews;
  private Instant paidAt = ProvisioningFixture.NOW.minusSeconds(30);
  private final List<PurchasedLine> lines = new ArrayList<>();

  private OrderTestData(long id) {
    this.id = id;
  }

  static OrderTestData aPaidOrder(long id) {
    return new OrderTestData(id);
  }

  OrderTestData withLine(long itemId, int quantity) {
    lines.add(
        new PurchasedLine(
            new OrderItemId(itemId),
            new PlanId(5),
            quantity,
            Money.of("4.50", "USD"),
            30,
            2,
            BandwidthLimit.ofGigabytes(100),
            Protocol.VLESS));
    return this;
  }

  OrderTestData renewing(long clientId) {
    kind = OrderKind.RENEWAL;
    renews = new ServerClientId(clientId);
    return this;
  }

  OrderTestData paidAt(Instant when) {
    paidAt = when;
    return this;
  }

  OrderTestData inStatus(OrderStatus newStatus) {
    status = newStatus;
    return this;
  }

  PaidOrder build() {
    if (lines.isEmpty()) {
      withLine(id * 10, 1);
    }
    Money total =
        lines.stream()
            .map(l -> l.unitAmount().times(l.quantity()))
            .reduce(Money::plus)
            .orElseThrow();
    return new PaidOrder(
        new OrderId(id), new UserId(3), kind, status, total, renews, lines, paidAt);
  }
}
