package com.thousandproxy.application.ordering;

import java.util.List;
import java.util.Map;

/** An order request that breaks the ordering rules, with the messages per field. */
public final class OrderValidationException extends RuntimeException {

  private final transient Map<String, List<String>> fieldErrors;

  public OrderValidationException(Map<String, List<String>> fieldErrors) {
    super("the order is invalid: " + fieldErrors.keySet());
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }
}
