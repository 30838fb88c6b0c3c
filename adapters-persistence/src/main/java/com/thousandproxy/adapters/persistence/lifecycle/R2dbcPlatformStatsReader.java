package com.thousandproxy.adapters.persistence.lifecycle;

import com.thousandproxy.adapters.persistence.provisioning.Utc;
import com.thousandproxy.application.lifecycle.PlatformStats;
import com.thousandproxy.application.lifecycle.port.out.PlatformStatsReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The dashboard's aggregates in plain SQL (GROUP BY day, COUNT with conditions). */
public final class R2dbcPlatformStatsReader implements PlatformStatsReader {

  private final DatabaseClient db;

  public R2dbcPlatformStatsReader(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Flux<PlatformStats.Day> days(Instant since) {
    return db.sql(
            "SELECT DATE(paid_at) AS day, currency, SUM(grand_amount) AS revenue,"
                + " COUNT(*) AS orders FROM orders WHERE paid_at >= :since"
                + " AND status IN ('PAID', 'PROVISIONING', 'COMPLETED')"
                + " GROUP BY DATE(paid_at), currency ORDER BY day, currency")
        .bind("since", Utc.of(since))
        .map(
            row ->
                new PlatformStats.Day(
                    row.get("day", LocalDate.class),
                    row.get("currency", String.class),
                    row.get("revenue", BigDecimal.class),
                    row.get("orders", Long.class)))
        .all();
  }

  @Override
  public Mono<PlatformStats.Counts> counts() {
    return db.sql(
            "SELECT (SELECT COUNT(*) FROM server_clients WHERE status = 'ACTIVE') AS active,"
                + " (SELECT COUNT(*) FROM jobs WHERE status IN ('QUEUED', 'RUNNING', 'FAILED'))"
                + " AS pending, (SELECT COUNT(*) FROM jobs WHERE status = 'DEAD') AS dead")
        .map(
            row ->
                new PlatformStats.Counts(
                    row.get("active", Long.class),
                    row.get("pending", Long.class),
                    row.get("dead", Long.class)))
        .one();
  }

  @Override
  public Flux<PlatformStats.ServerLoad> servers() {
    return db.sql(
            "SELECT s.id, s.name, s.capacity, (SELECT COUNT(*) FROM server_clients c"
                + " WHERE c.server_id = s.id AND c.status <> 'DELETED') AS clients"
                + " FROM servers s ORDER BY s.id")
        .map(
            row ->
                new PlatformStats.ServerLoad(
                    row.get("id", Long.class),
                    row.get("name", String.class),
                    row.get("clients", Long.class),
                    row.get("capacity", Integer.class)))
        .all();
  }
}
