package com.thousandproxy.api.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of a request: the caller's {@code X-Request-Id} when it is safe to log and
 * echo (at most 64 letters, digits or {@code . _ : -}), a fresh random one otherwise.
 */
public final class RequestIds {

  /** The header read from the request and always set on the response. */
  public static final String HEADER = "X-Request-Id";

  /** The key in the Reactor context, in the MDC and in the JSON log lines. */
  public static final String KEY = "requestId";

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  public static boolean isSafe(String candidate) {
    return candidate != null && SAFE.matcher(candidate).matches();
  }

  /** The caller's id if safe, else a new one (32 hex digits). */
  public static String acceptOrGenerate(String candidate) {
    return isSafe(candidate) ? candidate : generate();
  }

  public static String generate() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
