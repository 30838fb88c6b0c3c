package com.thousandproxy.adapters.persistence.provisioning;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** DATETIME(6) columns hold UTC wall time, read and written here whatever the JVM's zone. */
public final class Utc {

  private Utc() {}

  public static LocalDateTime of(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public static Instant read(Readable row, String column) {
    LocalDateTime value = row.get(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
