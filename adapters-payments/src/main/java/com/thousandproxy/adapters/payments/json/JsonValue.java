package com.thousandproxy.adapters.payments.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed JSON document that keeps every number as the exact text it was written with, so that
 * amounts never pass through {@code double} and signatures can be recomputed over the original
 * number text.
 */
public sealed interface JsonValue {

  /** An object; members keep their first-seen order, a repeated name keeps its last value. */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    public JsonObject {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    public JsonValue get(String name) {
      return members.getOrDefault(name, JsonNull.INSTANCE);
    }

    public boolean has(String name) {
      return members.containsKey(name);
    }

    /** A string member, or a number's text; null when absent or null. */
    public String text(String name) {
      JsonValue value = get(name);
      if (value instanceof JsonString s) {
        return s.value();
      }
      if (value instanceof JsonNumber n) {
        return n.text();
      }
      return value instanceof JsonBoolean b ? Boolean.toString(b.value()) : null;
    }

    /** A number member (or a numeric string) exactly as written; null when absent or null. */
    public BigDecimal decimal(String name) {
      String text = text(name);
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        throw new JsonShapeException(name + " is not a number: " + text);
      }
    }

    /** Epoch milliseconds or an ISO-8601 instant; null when absent, null or unreadable. */
    public Instant instant(String name) {
      JsonValue value = get(name);
      if (value instanceof JsonNumber n) {
        return Instant.ofEpochMilli(new BigDecimal(n.text()).longValue());
      }
      return value instanceof JsonString s ? parseInstant(s.value()) : null;
    }

    private static Instant parseInstant(String text) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  record JsonArray(List<JsonValue> elements) implements JsonValue {
    public JsonArray {
      elements = List.copyOf(elements);
    }
  }

  record JsonString(String value) implements JsonValue {
    public JsonString {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A number as the exact token text of the document, e.g. {@code 2.1e-7} or {@code 0.10}. */
  record JsonNumber(String text) implements JsonValue {
    public JsonNumber {
      Objects.requireNonNull(text, "text");
    }

    public static JsonNumber of(BigDecimal value) {
      return new JsonNumber(value.toPlainString());
    }
  }

  record JsonBoolean(boolean value) implements JsonValue {}

  enum JsonNull implements JsonValue {
    INSTANCE
  }
}
