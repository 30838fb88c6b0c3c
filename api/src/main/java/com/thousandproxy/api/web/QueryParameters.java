package com.thousandproxy.api.web;

import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.application.shared.SortDirection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typed reads of query parameters that record a field error instead of throwing, so one response
 * can list every bad parameter.
 */
public final class QueryParameters {

  /** A requested sort order: the field as the client named it, and the direction. */
  public record Sort(String field, SortDirection direction) {}

  private final Map<String, String> raw;
  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  public QueryParameters(Map<String, String> raw) {
    this.raw = raw;
  }

  public String text(String name) {
    String value = raw.get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  public Long positiveLong(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      long parsed = Long.parseLong(value);
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    reject(name, "must be a positive whole number");
    return null;
  }

  public BigDecimal nonNegativeDecimal(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      BigDecimal parsed = new BigDecimal(value);
      if (parsed.signum() >= 0 && parsed.precision() <= 19) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    reject(name, "must be a decimal number of 0 or more");
    return null;
  }

  public PageRequest pageRequest() {
    int page = wholeNumber("page", 0, 0, Integer.MAX_VALUE);
    int size = wholeNumber("size", PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
    return new PageRequest(page, size);
  }

  /** The {@code sort=field,asc|desc} parameter, or null when absent. */
  public Sort sort(String defaultField) {
    String value = text("sort");
    if (value == null) {
      return null;
    }
    String[] parts = value.split(",", -1);
    String field = parts[0].isBlank() ? defaultField : parts[0].trim();
    if (parts.length == 1) {
      return new Sort(field, SortDirection.ASC);
    }
    String direction = parts[1].trim().toUpperCase(Locale.ROOT);
    if (parts.length > 2 || !(direction.equals("ASC") || direction.equals("DESC"))) {
      reject("sort", "must be field,asc or field,desc");
      return new Sort(field, SortDirection.ASC);
    }
    return new Sort(field, SortDirection.valueOf(direction));
  }

  public void reject(String name, String message) {
    errors.computeIfAbsent(name, n -> new ArrayList<>()).add(message);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public Map<String, List<String>> errors() {
    return errors;
  }

  private int wholeNumber(String name, int fallback, int min, int max) {
    String value = text(name);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    reject(name, "must be a whole number from " + min + " to " + max);
    return fallback;
  }
}
