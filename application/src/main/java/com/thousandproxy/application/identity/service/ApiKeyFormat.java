package com.thousandproxy.application.identity.service;

import com.thousandproxy.application.identity.SecretTokens;
import java.util.regex.Pattern;

/**
 * The shape of an API key: {@code tpk_} and 8 letters or digits (the visible prefix, which finds
 * the row), an underscore, then 43 characters of secret (256 bits).
 */
final class ApiKeyFormat {

  static final String MARK = "tpk_";
  private static final int PREFIX_LENGTH = MARK.length() + 8;
  private static final Pattern SHAPE = Pattern.compile("tpk_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}");

  private ApiKeyFormat() {}

  static String newPrefix() {
    return MARK + SecretTokens.randomAlphanumeric(8);
  }

  static String newKey(String prefix) {
    return prefix + "_" + SecretTokens.randomToken(32);
  }

  /** The prefix of a well-formed key, else null. */
  static String prefixOf(String key) {
    if (key == null || !SHAPE.matcher(key).matches()) {
      return null;
    }
    return key.substring(0, PREFIX_LENGTH);
  }
}
