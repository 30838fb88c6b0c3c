package com.thousandproxy.application.payment;

import java.util.Objects;

/** Whether a price is large enough to be paid in a given coin. */
public sealed interface MinimumCheck {

  MinimumAmount minimum();

  /** The price reaches the provider's minimum: a payment can be created. */
  record Sufficient(MinimumAmount minimum) implements MinimumCheck {
    public Sufficient {
      Objects.requireNonNull(minimum, "minimum");
    }
  }

  /** The price is below the minimum: refuse the checkout (the API answers 409). */
  record BelowMinimum(MinimumAmount minimum) implements MinimumCheck {
    public BelowMinimum {
      Objects.requireNonNull(minimum, "minimum");
    }
  }
}
