package com.thousandproxy.application.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command names things that do not exist or do not fit (an unknown category, an inbound of
 * another protocol): the messages per request field.
 */
public final class InvalidReferencesException extends RuntimeException {

  private final transient Map<String, List<String>> fieldErrors;

  public InvalidReferencesException(Map<String, List<String>> fieldErrors) {
    super("invalid references: " + fieldErrors.keySet());
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  /** Collects messages per field; {@link #throwIfAny()} ends a validation. */
  public static final class Collector {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public Collector reject(String field, String message) {
      errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
      return this;
    }

    public void throwIfAny() {
      if (!errors.isEmpty()) {
        throw new InvalidReferencesException(errors);
      }
    }
  }
}
