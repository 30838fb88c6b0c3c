package com.thousandproxy.adapters.payments.json;

import com.thousandproxy.adapters.payments.json.JsonValue.JsonArray;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonBoolean;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonNumber;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonObject;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link JsonValue}s the way JavaScript's {@code JSON.stringify} does: no whitespace, only
 * {@code "}, {@code \} and control characters escaped (non-ASCII, {@code /} and U+2028 stay
 * literal, lone surrogates become {@code \}{@code udxxx}).
 */
public final class JsJson {

  /**
   * JavaScript enumerates array-index keys ("0".."4294967294") first, in numeric order, then the
   * other keys in insertion order, which {@code Object.keys(o).sort()} made UTF-16 order.
   */
  private static final Comparator<String> JS_SORTED_KEY_ORDER =
      Comparator.comparing((String key) -> !isArrayIndex(key))
          .thenComparing(key -> isArrayIndex(key) ? Long.parseLong(key) : 0L)
          .thenComparing(Comparator.naturalOrder());

  private JsJson() {}

  /**
   * {@code JSON.stringify(sortObjectDeep(JSON.parse(text)))}: keys sorted at every depth, arrays in
   * order, numbers as JavaScript prints them. This is the text NowPayments signs.
   */
  public static String canonical(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, true, out);
    return out.toString();
  }

  /** Compact text in the members' own order with number tokens as they are (request bodies). */
  public static String compact(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, false, out);
    return out.toString();
  }

  private static void write(JsonValue value, boolean canonical, StringBuilder out) {
    if (value instanceof JsonObject object) {
      writeObject(object, canonical, out);
    } else if (value instanceof JsonArray array) {
      out.append('[');
      for (int i = 0; i < array.elements().size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(array.elements().get(i), canonical, out);
      }
      out.append(']');
    } else if (value instanceof JsonString string) {
      quote(string.value(), out);
    } else if (value instanceof JsonNumber number) {
      out.append(canonical ? JsNumberText.of(number.text()) : number.text());
    } else if (value instanceof JsonBoolean bool) {
      out.append(bool.value());
    } else {
      out.append("null");
    }
  }

  private static void writeObject(JsonObject object, boolean canonical, StringBuilder out) {
    List<Map.Entry<String, JsonValue>> members = new ArrayList<>(object.members().entrySet());
    if (canonical) {
      members.sort(Map.Entry.comparingByKey(JS_SORTED_KEY_ORDER));
    }
    out.append('{');
    for (int i = 0; i < members.size(); i++) {
      out.append(i == 0 ? "" : ",");
      quote(members.get(i).getKey(), out);
      out.append(':');
      write(members.get(i).getValue(), canonical, out);
    }
    out.append('}');
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || isLoneSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  private static boolean isArrayIndex(String key) {
    if (key.isEmpty() || key.length() > 10 || (key.length() > 1 && key.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return false;
      }
    }
    return Long.parseLong(key) <= 4_294_967_294L;
  }
}
