package com.thousandproxy.adapters.payments.nowpayments;

import com.thousandproxy.adapters.payments.json.JsJson;
import com.thousandproxy.adapters.payments.json.JsonValue;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonArray;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The NowPayments IPN signature: {@code hex(HMAC-SHA512(ipnSecret,
 * JSON.stringify(sortObjectDeep(body))))}, over JavaScript's text of the body (see payments.md
 * §1.5).
 */
public final class NowPaymentsSignature {

  private static final String ALGORITHM = "HmacSHA512";
  private static final Pattern HEX_512 = Pattern.compile("[0-9a-fA-F]{128}");

  private NowPaymentsSignature() {}

  /** The lower-case hex signature NowPayments sends for this parsed body. */
  public static String sign(String ipnSecret, JsonValue body) {
    return hmacHex(ipnSecret.trim(), JsJson.canonical(body));
  }

  /**
   * Whether {@code received} signs this body. The documented form keeps arrays; the docs' older
   * sample turned them into {@code {"0":…}} objects, so that variant is also accepted for bodies
   * that contain an array (payments.md §1.5).
   */
  public static boolean verifies(String ipnSecret, JsonValue body, String received) {
    if (matches(sign(ipnSecret, body), received)) {
      return true;
    }
    JsonValue arraysAsObjects = arraysAsObjects(body);
    return !arraysAsObjects.equals(body) && matches(sign(ipnSecret, arraysAsObjects), received);
  }

  /** Constant-time comparison of a received header value (hex, any case) with the expected one. */
  public static boolean matches(String expectedHex, String received) {
    if (!isWellFormed(received)) {
      return false;
    }
    byte[] expected = expectedHex.getBytes(StandardCharsets.US_ASCII);
    byte[] actual = received.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Whether the header value looks like a signature at all (128 hex digits). */
  static boolean isWellFormed(String received) {
    return received != null && HEX_512.matcher(received.trim()).matches();
  }

  private static JsonValue arraysAsObjects(JsonValue value) {
    if (value instanceof JsonArray array) {
      Map<String, JsonValue> indexed = new LinkedHashMap<>();
      for (int i = 0; i < array.elements().size(); i++) {
        indexed.put(Integer.toString(i), arraysAsObjects(array.elements().get(i)));
      }
      return new JsonObject(indexed);
    }
    if (value instanceof JsonObject object) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      object.members().forEach((name, member) -> members.put(name, arraysAsObjects(member)));
      return new JsonObject(members);
    }
    return value;
  }

  static String hmacHex(String secret, String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA512 is not available", e);
    }
  }
}
