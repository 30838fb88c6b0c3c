package com.thousandproxy.api.admin.servers;

import com.thousandproxy.application.server.ServerDialect;
import com.thousandproxy.application.server.ServerHealthReport;
import java.time.Instant;

/** A panel's health: {@code dialect} is {@code demo} for the demo panel, null when unreachable. */
public record HealthResponse(
    boolean reachable, long latencyMs, String dialect, int clients, Instant checkedAt) {

  static HealthResponse from(ServerHealthReport report) {
    return new HealthResponse(
        report.reachable(),
        report.latency().toMillis(),
        report.dialect() == null ? null : ServerDialect.wireName(report.dialect()),
        report.clients(),
        report.checkedAt());
  }
}
