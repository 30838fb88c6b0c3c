package com.thousandproxy.api.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebInputException;

/**
 * Turns any failure into the {@link ApiError} the client sees. Messages are written here, never
 * copied from exceptions, so no stack trace, SQL or echoed input reaches a response.
 */
public final class ApiErrorClassifier {

  private final List<ApiErrorRule> rules;

  public ApiErrorClassifier(List<ApiErrorRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public ApiError classify(Throwable error) {
    for (ApiErrorRule rule : rules) {
      ApiError mapped = rule.map(error);
      if (mapped != null) {
        return mapped;
      }
    }
    return frameworkError(error);
  }

  private static ApiError frameworkError(Throwable error) {
    if (error instanceof InvalidRequestException invalid) {
      return new ApiError(HttpStatus.BAD_REQUEST, "The request is invalid", invalid.fieldErrors());
    }
    if (error instanceof ResourceNotFoundException notFound) {
      return new ApiError(HttpStatus.NOT_FOUND, notFound.getMessage());
    }
    if (causedBy(error, DataBufferLimitException.class)) {
      return new ApiError(HttpStatus.PAYLOAD_TOO_LARGE, "The request body is too large");
    }
    if (error instanceof WebExchangeBindException bind) {
      return new ApiError(HttpStatus.BAD_REQUEST, "The request is invalid", fieldErrors(bind));
    }
    if (error instanceof ServerWebInputException input) {
      return inputError(input);
    }
    if (error instanceof AuthenticationException) {
      return new ApiError(HttpStatus.UNAUTHORIZED, "Authentication is required");
    }
    if (error instanceof AccessDeniedException) {
      return new ApiError(HttpStatus.FORBIDDEN, "You are not allowed to do this");
    }
    if (error instanceof ErrorResponse response) {
      return statusError(HttpStatus.valueOf(response.getStatusCode().value()));
    }
    return new ApiError(HttpStatus.INTERNAL_SERVER_ERROR, "An internal error occurred");
  }

  private static ApiError inputError(ServerWebInputException input) {
    if (input instanceof MissingRequestValueException missing) {
      return new ApiError(
          HttpStatus.BAD_REQUEST,
          "The request is invalid",
          Map.of(missing.getName(), List.of("is required")));
    }
    if (input.getCause() instanceof TypeMismatchException mismatch
        && mismatch.getPropertyName() != null) {
      return new ApiError(
          HttpStatus.BAD_REQUEST,
          "The request is invalid",
          Map.of(mismatch.getPropertyName(), List.of("has an invalid value")));
    }
    if (input.getMethodParameter() != null
        && !(input.getCause() instanceof DecodingException)
        && input.getMethodParameter().getParameterName() != null) {
      return new ApiError(
          HttpStatus.BAD_REQUEST,
          "The request is invalid",
          Map.of(input.getMethodParameter().getParameterName(), List.of("has an invalid value")));
    }
    return new ApiError(HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
  }

  private static ApiError statusError(HttpStatus status) {
    String message =
        switch (status) {
          case NOT_FOUND -> "Not found";
          case METHOD_NOT_ALLOWED -> "This method is not allowed here";
          case UNSUPPORTED_MEDIA_TYPE -> "Unsupported content type: send application/json";
          case NOT_ACCEPTABLE -> "No acceptable representation";
          case PAYLOAD_TOO_LARGE -> "The request body is too large";
          case BAD_REQUEST -> "The request is invalid";
          default ->
              status.is5xxServerError() ? "An internal error occurred" : status.getReasonPhrase();
        };
    return new ApiError(status, message);
  }

  private static Map<String, List<String>> fieldErrors(WebExchangeBindException bind) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (FieldError fieldError : bind.getFieldErrors()) {
      errors
          .computeIfAbsent(fieldError.getField(), f -> new java.util.ArrayList<>())
          .add(
              fieldError.getDefaultMessage() == null
                  ? "is invalid"
                  : fieldError.getDefaultMessage());
    }
    bind.getGlobalErrors()
        .forEach(
            global ->
                errors
                    .computeIfAbsent(global.getObjectName(), f -> new java.util.ArrayList<>())
                    .add(global.getDefaultMessage()));
    return errors;
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        return false;
      }
    }
    return false;
  }
}
