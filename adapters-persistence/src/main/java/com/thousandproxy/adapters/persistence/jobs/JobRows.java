package com.thousandproxy.adapters.persistence.jobs;

import com.thousandproxy.adapters.persistence.transaction.SqlParams;
import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobStatus;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code jobs} row: columns, the JSON payload and UTC times. */
final class JobRows {

  static final String COLUMNS =
      "SELECT id, type, payload, priority, status, attempts, max_attempts, run_at, lease_owner,"
          + " lease_expires_at, last_error, created_at, updated_at FROM jobs";

  /** The width of {@code last_error}. */
  static final int MAX_ERROR_LENGTH = 4000;

  private static final TypeReference<Map<String, String>> ARGUMENTS = new TypeReference<>() {};
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JobRows() {}

  static String payload(Map<String, String> arguments) {
    return JSON.writeValueAsString(new TreeMap<>(arguments));
  }

  static LocalDateTime utc(Instant instant) {
    return SqlParams.utc(instant);
  }

  static String error(String error) {
    return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
  }

  static Job job(Readable row) {
    return new Job(
        row.get("id", Long.class),
        row.get("type", String.class),
        JSON.readValue(row.get("payload", String.class), ARGUMENTS),
        JobPriority.valueOf(row.get("priority", String.class)),
        JobStatus.valueOf(row.get("status", String.class)),
        row.get("attempts", Integer.class),
        row.get("max_attempts", Integer.class),
        SqlParams.instant(row, "run_at"),
        row.get("lease_owner", String.class),
        SqlParams.instant(row, "lease_expires_at"),
        row.get("last_error", String.class),
        SqlParams.instant(row, "created_at"),
        SqlParams.instant(row, "updated_at"));
  }
}
