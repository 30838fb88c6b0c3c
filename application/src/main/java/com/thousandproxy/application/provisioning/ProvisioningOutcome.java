package com.thousandproxy.application.provisioning;

import com.thousandproxy.domain.money.Money;
import java.util.Objects;

/** What one provisioning run achieved. */
public sealed interface ProvisioningOutcome {

  /**
   * Every unit has its active client (or the renewed client runs again); the order is COMPLETED.
   */
  record Delivered(int clients) implements ProvisioningOutcome {}

  /** Nothing to do: the order is already settled, or there is no such order. */
  record NothingToDo(String reason) implements ProvisioningOutcome {
    public NothingToDo {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Not now (a panel is down, no capacity...): try again later. */
  record RetryLater(String reason) implements ProvisioningOutcome {
    public RetryLater {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Given up: the order is FAILED and what was not delivered is refunded ({@code refunded} zero
   * when an earlier run had already refunded it).
   */
  record GaveUp(String reason, Money refunded) implements ProvisioningOutcome {
    public GaveUp {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(refunded, "refunded");
    }
  }
}
