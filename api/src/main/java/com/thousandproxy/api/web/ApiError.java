package com.thousandproxy.api.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** What a failure becomes on the wire: a status, a message and optional messages per field. */
public record ApiError(HttpStatus status, String message, Map<String, List<String>> fieldErrors) {

  public ApiError(HttpStatus status, String message) {
    this(status, message, Map.of());
  }

  public ApiErrorResponse body() {
    return ApiErrorResponse.of(message, fieldErrors);
  }
}
