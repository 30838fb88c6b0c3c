package com.thousandproxy.api.admin.servers;

import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.api.web.QueryParameters;
import com.thousandproxy.application.shared.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the fields of an admin request body, collecting every problem so one 400 lists them all.
 * Each check answers the value to use, or null after recording why not.
 */
public final class RequestFields {

  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  public String text(String field, String value, int maxLength, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        reject(field, "is required");
      }
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      reject(field, "must be at most " + maxLength + " characters");
      return null;
    }
    return stripped;
  }

  public Long id(String field, Long value) {
    if (value == null) {
      reject(field, "is required");
    } else if (value < 1) {
      reject(field, "must be a positive id");
      return null;
    }
    return value;
  }

  public Integer whole(String field, Integer value, int min, int max, boolean required) {
    if (value == null) {
      if (required) {
        reject(field, "is required");
      }
      return null;
    }
    if (value < min || value > max) {
      reject(field, "must be from " + min + " to " + max);
      return null;
    }
    return value;
  }

  /** The {@code page} and {@code size} query parameters of an admin listing, or a 400. */
  public static PageRequest pageOf(Map<String, String> params) {
    QueryParameters query = new QueryParameters(params);
    PageRequest page = query.pageRequest();
    if (query.hasErrors()) {
      throw new InvalidRequestException(query.errors());
    }
    return page;
  }

  public void reject(String field, String message) {
    errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
  }

  public boolean has(String field) {
    return errors.containsKey(field);
  }

  /** Ends the checks: a 400 with every problem found, if any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }
}
