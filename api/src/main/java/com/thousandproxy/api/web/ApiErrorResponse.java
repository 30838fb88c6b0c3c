package com.thousandproxy.api.web;

import java.util.List;
import java.util.Map;

/**
 * The error envelope: a human-readable message and, for validation failures, the messages per field
 * ({@code null} otherwise).
 */
public record ApiErrorResponse(boolean success, String message, Map<String, List<String>> errors) {

  public static ApiErrorResponse of(String message) {
    return new ApiErrorResponse(false, message, null);
  }

  public static ApiErrorResponse of(String message, Map<String, List<String>> errors) {
    return new ApiErrorResponse(false, message, errors == null || errors.isEmpty() ? null : errors);
  }
}
