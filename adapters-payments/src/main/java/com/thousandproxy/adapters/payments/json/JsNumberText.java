package com.thousandproxy.adapters.payments.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * JavaScript's text for a JSON number token: what {@code JSON.stringify(JSON.parse(token))} prints.
 *
 * <p>JavaScript reads the token into a double and prints the shortest digits that read back to the
 * same double (ECMAScript {@code Number::toString}): {@code 0.10 -> 0.1}, {@code 1.0 -> 1}, {@code
 * 1E-7 -> 1e-7}, {@code 0.000001 -> 0.000001}, {@code 1e21 -> 1e+21}. A token that JavaScript
 * itself wrote is returned unchanged, so real provider bodies are copied verbatim. Java's {@code
 * Double.toString} and {@code BigDecimal.toString} print other text and must not be used for this.
 */
public final class JsNumberText {

  private static final int MAX_DOUBLE_DIGITS = 17;

  private JsNumberText() {}

  public static String of(String token) {
    double value = Double.parseDouble(token);
    if (Double.isInfinite(value)) {
      return "null"; // JSON.stringify(Infinity), e.g. for 1e999
    }
    if (value == 0) {
      return "0"; // also -0
    }
    String sign = value < 0 ? "-" : "";
    BigDecimal shortest = shortestRoundTrip(Math.abs(value)).stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int exponent = digits.length() - shortest.scale(); // value = 0.digits * 10^exponent
    return sign + layout(digits, exponent);
  }

  /** The decimal with the fewest digits that reads back as {@code value}; the closer on a tie. */
  private static BigDecimal shortestRoundTrip(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision < MAX_DOUBLE_DIGITS; precision++) {
      BigDecimal down = exact.round(new MathContext(precision, RoundingMode.DOWN));
      BigDecimal up = exact.round(new MathContext(precision, RoundingMode.UP));
      boolean downFits = readsBackAs(down, value);
      boolean upFits = readsBackAs(up, value);
      if (downFits && upFits) {
        return closer(exact, down, up);
      }
      if (downFits || upFits) {
        return downFits ? down : up;
      }
    }
    return exact.round(new MathContext(MAX_DOUBLE_DIGITS, RoundingMode.HALF_EVEN));
  }

  private static boolean readsBackAs(BigDecimal candidate, double value) {
    return Double.parseDouble(candidate.toString()) == value;
  }

  private static BigDecimal closer(BigDecimal exact, BigDecimal down, BigDecimal up) {
    int comparison = exact.subtract(down).compareTo(up.subtract(exact));
    if (comparison != 0) {
      return comparison < 0 ? down : up;
    }
    return down.unscaledValue().testBit(0) ? up : down; // a tie goes to the even digit
  }

  /** ECMAScript Number::toString steps 6 to 10 for digits {@code s} (k of them) and exponent n. */
  private static String layout(String s, int n) {
    int k = s.length();
    if (k <= n && n <= 21) {
      return s + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return s.substring(0, n) + "." + s.substring(n);
    }
    if (-6 < n && n <= 0) {
      return "0." + "0".repeat(-n) + s;
    }
    int e = n - 1;
    String exponent = "e" + (e < 0 ? "-" : "+") + Math.abs(e);
    return k == 1 ? s + exponent : s.charAt(0) + "." + s.substring(1) + exponent;
  }
}
