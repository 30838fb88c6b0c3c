package com.thousandproxy.adapters.persistence.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

/**
 * Spring Data converters that read and write DATETIME(6) columns as UTC whatever the JVM's zone
 * (toolchain G6); register them with {@code R2dbcCustomConversions.of(dialect,
 * UtcConverters.all())}.
 */
public final class UtcConverters {

  private UtcConverters() {}

  public static List<Converter<?, ?>> all() {
    return List.of(LocalDateTimeToInstant.INSTANCE, InstantToLocalDateTime.INSTANCE);
  }

  /** A DATETIME value read from the store is UTC wall time. */
  @ReadingConverter
  public enum LocalDateTimeToInstant implements Converter<LocalDateTime, Instant> {
    INSTANCE;

    @Override
    public Instant convert(LocalDateTime source) {
      return source.toInstant(ZoneOffset.UTC);
    }
  }

  /** An instant is written as UTC wall time. */
  @WritingConverter
  public enum InstantToLocalDateTime implements Converter<Instant, LocalDateTime> {
    INSTANCE;

    @Override
    public LocalDateTime convert(Instant source) {
      return LocalDateTime.ofInstant(source, ZoneOffset.UTC);
    }
  }
}
