package com.thousandproxy.adapters.persistence.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Inserts test rows with plain SQL; times are bound as UTC wall time, as the app stores them. */
public final class Rows {

  private final DatabaseClient db;

  public Rows(DatabaseClient db) {
    this.db = db;
  }

  /** Inserts one row of non-null values and returns its generated id. */
  public long insert(String table, Map<String, Object> values) {
    return statement(table, values)
        .filter(statement -> statement.returnGeneratedValues("id"))
        .map(row -> row.get(0, Long.class))
        .one()
        .blockOptional()
        .orElseThrow(() -> new IllegalStateException("no id generated for " + table));
  }

  /** Inserts one row into a table without a generated id. */
  public void insertWithoutId(String table, Map<String, Object> values) {
    statement(table, values).then().block();
  }

  /** Fluent column values in insertion order. */
  public static Values values() {
    return new Values();
  }

  private GenericExecuteSpec statement(String table, Map<String, Object> values) {
    GenericExecuteSpec spec = db.sql(sql(table, values));
    for (Map.Entry<String, Object> value : values.entrySet()) {
      spec = spec.bind(value.getKey(), bindable(value.getValue()));
    }
    return spec;
  }

  private static String sql(String table, Map<String, Object> values) {
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", values.keySet())
        + ") VALUES (:"
        + String.join(", :", values.keySet())
        + ")";
  }

  private static Object bindable(Object value) {
    return value instanceof Instant instant
        ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC)
        : value;
  }

  /** Column values; a null value is left out so the column takes its default. */
  public static final class Values extends LinkedHashMap<String, Object> {

    public Values with(String column, Object value) {
      if (value != null) {
        put(column, value);
      }
      return this;
    }

    public Values stamped(Instant at) {
      return with("created_at", at).with("updated_at", at);
    }
  }
}
