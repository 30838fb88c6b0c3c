package com.thousandproxy.api.delivery;

import com.thousandproxy.api.payment.IdempotencyHeader;
import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.application.delivery.RenewServerClientCommand;
import com.thousandproxy.application.ordering.PaymentMethod;
import com.thousandproxy.application.payment.IdempotencyKey;
import com.thousandproxy.domain.identity.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a {@link RenewRequest} into a command, listing every bad field at once. */
final class RenewRequests {

  static final String SCOPE = "server-clients.renew";

  private RenewRequests() {}

  static RenewServerClientCommand command(
      Caller caller, long id, RenewRequest request, String idempotencyKey) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    PaymentMethod method =
        request == null ? null : PaymentMethod.fromWire(request.paymentMethod()).orElse(null);
    if (method == null) {
      errors.put("paymentMethod", List.of("must be wallet or nowpayments"));
    }
    IdempotencyKey key = IdempotencyHeader.read(idempotencyKey, SCOPE, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return new RenewServerClientCommand(caller, id, method, request.payCurrency(), key);
  }
}
