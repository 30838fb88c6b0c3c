package com.thousandproxy.api.observability;

import java.util.Locale;

/** Tag values as the meters here write them: lower case, {@code unknown} for nothing. */
final class MeterTags {

  private MeterTags() {}

  static String value(String raw) {
    return raw == null || raw.isBlank() ? "unknown" : raw.toLowerCase(Locale.ROOT);
  }
}
