package com.thousandproxy.application.delivery;

import com.thousandproxy.application.ordering.PaymentMethod;
import com.thousandproxy.application.payment.IdempotencyKey;
import com.thousandproxy.domain.identity.Caller;
import java.util.Objects;

/**
 * A renewal of one client for its plan's duration, paid by the caller.
 *
 * @param payCurrency the coin of a gateway payment, null for the default
 * @param idempotencyKey the client's {@code Idempotency-Key}, or null
 */
public record RenewServerClientCommand(
    Caller caller,
    long clientId,
    PaymentMethod method,
    String payCurrency,
    IdempotencyKey idempotencyKey) {

  public RenewServerClientCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(method, "method");
  }
}
