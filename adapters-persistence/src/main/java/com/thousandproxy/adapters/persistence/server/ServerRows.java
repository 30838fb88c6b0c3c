package com.thousandproxy.adapters.persistence.server;

import com.thousandproxy.adapters.persistence.support.UtcConverters;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Reading and binding the UTC DATETIME(6) and nullable columns of the server tables. */
final class ServerRows {

  private ServerRows() {}

  static Instant instant(Readable row, String column) {
    LocalDateTime value = row.get(column, LocalDateTime.class);
    return value == null ? null : UtcConverters.LocalDateTimeToInstant.INSTANCE.convert(value);
  }

  static LocalDateTime utc(Instant instant) {
    return UtcConverters.InstantToLocalDateTime.INSTANCE.convert(instant);
  }

  static GenericExecuteSpec bindNullable(
      GenericExecuteSpec spec, String name, Object value, Class<?> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }
}
