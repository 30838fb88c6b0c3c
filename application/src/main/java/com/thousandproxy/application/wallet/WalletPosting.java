package com.thousandproxy.application.wallet;

import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.user.UserId;
import com.thousandproxy.domain.wallet.LedgerEntryType;
import java.time.Instant;
import java.util.Objects;

/**
 * One change to post to a user's wallet.
 *
 * @param amount positive: the store applies the type's sign
 * @param reference with the type, unique: the same posting is applied once
 * @param description free text kept with the entry (an admin's reason), or null
 * @param postedBy the admin who made it, or null for the platform
 */
public record WalletPosting(
    UserId owner,
    LedgerEntryType type,
    Money amount,
    String reference,
    String description,
    UserId postedBy,
    Instant at) {

  public WalletPosting {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(at, "at");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a posting amount is positive");
    }
  }
}
