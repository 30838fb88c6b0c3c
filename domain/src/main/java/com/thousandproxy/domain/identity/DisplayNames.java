package com.thousandproxy.domain.identity;

import com.thousandproxy.domain.shared.Checks;

/** The rule for names people give things (accounts, keys): stripped, not blank, bounded. */
final class DisplayNames {

  private DisplayNames() {}

  static String require(String name, int maxLength) {
    String stripped = Checks.requireNonBlank(name, "name");
    if (stripped.length() > maxLength) {
      throw new IllegalArgumentException("name must be at most " + maxLength + " characters");
    }
    return stripped;
  }
}
