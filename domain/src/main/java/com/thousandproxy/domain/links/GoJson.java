package com.thousandproxy.domain.links;

import java.util.Map;
import java.util.SortedMap;

/**
 * The little JSON 3x-ui puts into links, written as Go's {@code encoding/json} writes a {@code
 * map[string]any}: keys sorted, HTML characters escaped as {@code \u003c}, and (indented) two
 * spaces per level with {@code ": "} between key and value. Values are strings, integers or
 * booleans.
 */
final class GoJson {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoJson() {}

  /** {@code json.MarshalIndent(obj, "", " ")} of a flat object. */
  static String indented(SortedMap<String, Object> object) {
    if (object.isEmpty()) {
      return "{}";
    }
    StringBuilder out = new StringBuilder("{\n");
    String separator = "";
    for (Map.Entry<String, Object> e : object.entrySet()) {
      out.append(separator).append("  ");
      string(out, e.getKey()).append(": ");
      value(out, e.getValue());
      separator = ",\n";
    }
    return out.append("\n}").toString();
  }

  /** {@code json.Marshal(obj)} of a flat object. */
  static String compact(SortedMap<String, Object> object) {
    StringBuilder out = new StringBuilder("{");
    String separator = "";
    for (Map.Entry<String, Object> e : object.entrySet()) {
      out.append(separator);
      string(out, e.getKey()).append(':');
      value(out, e.getValue());
      separator = ",";
    }
    return out.append('}').toString();
  }

  private static void value(StringBuilder out, Object value) {
    if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("unsupported JSON value: " + value);
    }
  }

  private static StringBuilder string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"', '\\' -> out.append('\\').append(c);
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> unicode(out, c);
        default -> {
          if (c < 0x20) {
            unicode(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  private static void unicode(StringBuilder out, char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 15])
        .append(HEX[(c >> 8) & 15])
        .append(HEX[(c >> 4) & 15])
        .append(HEX[c & 15]);
  }
}
