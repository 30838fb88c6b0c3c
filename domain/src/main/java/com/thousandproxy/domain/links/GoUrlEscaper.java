package com.thousandproxy.domain.links;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding exactly as Go's {@code net/url} does it, which is what 3x-ui's links are made
 * with: query components ({@code QueryEscape}), fragments and user info each have their own set of
 * characters left alone, and the hex digits are upper case.
 */
final class GoUrlEscaper {

  private enum Mode {
    QUERY_COMPONENT,
    FRAGMENT,
    USER_PASSWORD
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private GoUrlEscaper() {}

  static String queryComponent(String s) {
    return escape(s, Mode.QUERY_COMPONENT);
  }

  static String fragment(String s) {
    return escape(s, Mode.FRAGMENT);
  }

  /** User info as {@code url.URL.String()} writes it: user and password escaped apart. */
  static String userInfo(String s) {
    int colon = s.indexOf(':');
    if (colon < 0) {
      return escape(s, Mode.USER_PASSWORD);
    }
    return escape(s.substring(0, colon), Mode.USER_PASSWORD)
        + ':'
        + escape(s.substring(colon + 1), Mode.USER_PASSWORD);
  }

  private static String escape(String s, Mode mode) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c == ' ' && mode == Mode.QUERY_COMPONENT) {
        out.append('+');
      } else if (shouldEscape(c, mode)) {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  private static boolean shouldEscape(int c, Mode mode) {
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
      return false;
    }
    switch (c) {
      case '-', '_', '.', '~':
        return false;
      case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@':
        return switch (mode) {
          case QUERY_COMPONENT -> true;
          case FRAGMENT -> false;
          case USER_PASSWORD -> c == '@' || c == '/' || c == '?' || c == ':';
        };
      default:
        break;
    }
    return !(mode == Mode.FRAGMENT && (c == '!' || c == '(' || c == ')' || c == '*'));
  }
}
