package com.thousandproxy.adapters.persistence.transaction;

import com.thousandproxy.adapters.persistence.support.UtcConverters;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binding nullable values and reading UTC times, shared by the ordering and payment adapters. */
public final class SqlParams {

  private SqlParams() {}

  /** Binds a value that may be null; an {@link Instant} is stored as UTC wall time. */
  public static GenericExecuteSpec bind(
      GenericExecuteSpec spec, String name, Object value, Class<?> type) {
    if (value == null) {
      return spec.bindNull(name, type == Instant.class ? LocalDateTime.class : type);
    }
    return spec.bind(name, value instanceof Instant instant ? utc(instant) : value);
  }

  public static LocalDateTime utc(Instant instant) {
    return UtcConverters.InstantToLocalDateTime.INSTANCE.convert(instant);
  }

  public static Instant instant(Readable row, String column) {
    LocalDateTime value = row.get(column, LocalDateTime.class);
    return value == null ? null : UtcConverters.LocalDateTimeToInstant.INSTANCE.convert(value);
  }
}
