package com.thousandproxy.api.web;

import java.util.List;
import java.util.Map;

/** Bad input found by a handler: answered with 400 and the messages per field. */
public final class InvalidRequestException extends RuntimeException {

  private final transient Map<String, List<String>> fieldErrors;

  public InvalidRequestException(Map<String, List<String>> fieldErrors) {
    super("The request is invalid");
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public static InvalidRequestException of(String field, String message) {
    return new InvalidRequestException(Map.of(field, List.of(message)));
  }

  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }
}
