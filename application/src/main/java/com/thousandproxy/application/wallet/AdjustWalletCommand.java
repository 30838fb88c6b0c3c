package com.thousandproxy.application.wallet;

import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.shared.Checks;
import com.thousandproxy.domain.user.UserId;
import java.util.Objects;

/**
 * An admin's correction of a user's balance.
 *
 * @param amount signed, never zero: positive credits, negative debits
 * @param reason why, kept with the ledger entry and in the audit trail (1 to 255 characters)
 * @param ipAddress the admin's address, for the audit trail
 */
public record AdjustWalletCommand(
    UserId admin, UserId owner, Money amount, String reason, String ipAddress) {

  public AdjustWalletCommand {
    Objects.requireNonNull(admin, "admin");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(amount, "amount");
    reason = Checks.requireNonBlank(reason, "reason");
    if (amount.isZero()) {
      throw new IllegalArgumentException("an adjustment is not zero");
    }
    if (reason.length() > 255) {
      throw new IllegalArgumentException("reason is at most 255 characters");
    }
  }
}
