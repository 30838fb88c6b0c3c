package com.thousandproxy.api.payment;

import com.thousandproxy.application.payment.IdempotencyKey;
import java.util.List;
import java.util.Map;

/** The {@code Idempotency-Key} header of {@code POST /orders} and {@code POST /wallet/top-ups}. */
public final class IdempotencyHeader {

  public static final String NAME = "Idempotency-Key";

  private IdempotencyHeader() {}

  /** The key for {@code scope}, or null when absent; a malformed one is added to {@code errors}. */
  public static IdempotencyKey read(String header, String scope, Map<String, List<String>> errors) {
    if (header == null) {
      return null;
    }
    if (!IdempotencyKey.isValid(header)) {
      errors.put(NAME, List.of("must be 1 to 191 visible ASCII characters"));
      return null;
    }
    return new IdempotencyKey(scope, header);
  }
}
