package com.thousandproxy.api.subscription.render;

import java.util.Locale;

/** Byte counts for people, 1024-based as the panels count them: {@code 1.50 GB}. */
final class TrafficText {

  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};

  private TrafficText() {}

  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.2f %s", value, UNITS[unit]);
  }
}
