package com.thousandproxy.adapters.payments.nowpayments;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Re-prints the number tokens of a compact JSON text the way Java would if the body were bound to
 * {@code double} or {@code BigDecimal} and serialised again: the mistake the verifier avoids.
 */
final class JavaRenderings {

  private static final Pattern NUMBER = Pattern.compile("(?<=:)-?\\d[\\d.eE+-]*(?=[,}])");

  private JavaRenderings() {}

  static String withDoubleToString(String json) {
    return reprint(json, token -> Double.toString(Double.parseDouble(token)));
  }

  static String withBigDecimalToString(String json) {
    return reprint(json, token -> new BigDecimal(token).toString());
  }

  static String withBigDecimalToPlainString(String json) {
    return reprint(json, token -> new BigDecimal(token).toPlainString());
  }

  private static String reprint(String json, Function<String, String> printer) {
    return NUMBER.matcher(json).replaceAll(match -> printer.apply(match.group()));
  }
}
