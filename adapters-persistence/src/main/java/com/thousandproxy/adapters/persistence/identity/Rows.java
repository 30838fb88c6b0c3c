package com.thousandproxy.adapters.persistence.identity;

import com.thousandproxy.adapters.persistence.support.UtcConverters;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Reading and binding the UTC DATETIME(6) and nullable columns of the identity tables. */
final class Rows {

  private Rows() {}

  static Instant instant(Readable row, String column) {
    LocalDateTime value = row.get(column, LocalDateTime.class);
    return value == null ? null : UtcConverters.LocalDateTimeToInstant.INSTANCE.convert(value);
  }

  static LocalDateTime utc(Instant instant) {
    return UtcConverters.InstantToLocalDateTime.INSTANCE.convert(instant);
  }

  /** Binds an instant that may be null. */
  static GenericExecuteSpec bindInstant(GenericExecuteSpec spec, String name, Instant value) {
    return value == null ? spec.bindNull(name, LocalDateTime.class) : spec.bind(name, utc(value));
  }
}
