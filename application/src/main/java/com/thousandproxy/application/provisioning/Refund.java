package com.thousandproxy.application.provisioning;

import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** Money of an undelivered order going back to its owner's wallet. */
public record Refund(OrderId orderId, UserId owner, Money amount, String reason, Instant at) {

  public Refund {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a refund is positive");
    }
  }

  /** The wallet ledger reference that makes the refund happen once. */
  public String reference() {
    return "refund:order:" + orderId.value();
  }
}
