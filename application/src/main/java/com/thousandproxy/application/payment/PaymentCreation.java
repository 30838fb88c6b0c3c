package com.thousandproxy.application.payment;

import java.util.Objects;
import java.util.Optional;

/** The outcome of asking a gateway to open a payment; outages are exceptions, not outcomes. */
public sealed interface PaymentCreation {

  /** The provider opened the payment: show its instructions to the payer. */
  record Created(GatewayPayment payment) implements PaymentCreation {
    public Created {
      Objects.requireNonNull(payment, "payment");
    }
  }

  /**
   * The price is below the coin's minimum (the rate can move between a check and the create). The
   * minimum is empty when the provider did not say and could not be asked.
   */
  record BelowMinimum(Optional<MinimumAmount> minimum) implements PaymentCreation {
    public BelowMinimum {
      Objects.requireNonNull(minimum, "minimum");
    }
  }

  /**
   * The provider refused the request itself, e.g. an unknown pay currency: nothing was created and
   * the same request will be refused again.
   *
   * @param code the provider's error code, e.g. {@code INVALID_REQUEST_PARAMS}
   */
  record Refused(String code, String message) implements PaymentCreation {
    public Refused {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }
}
