package com.thousandproxy.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fixed clocks for tests; time passes by asking for a later one. */
public final class TestClocks {

  public static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private TestClocks() {}

  public static Clock now() {
    return at(NOW);
  }

  public static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  public static Clock at(String isoInstant) {
    return at(Instant.parse(isoInstant));
  }
}
