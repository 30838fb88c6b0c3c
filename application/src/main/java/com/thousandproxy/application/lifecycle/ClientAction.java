package com.thousandproxy.application.lifecycle;

import java.util.Locale;

/** What an admin can do to one server client; each runs as a {@code client-action} job. */
public enum ClientAction {
  SUSPEND,
  RESUME,
  RESET_TRAFFIC,
  DELETE;

  /** The path and job argument form: {@code suspend}, {@code reset-traffic}... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static ClientAction fromWireName(String text) {
    return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
