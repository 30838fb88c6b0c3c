package com.thousandproxy.adapters.persistence.provisioning;

import com.thousandproxy.application.provisioning.InboundCandidate;
import com.thousandproxy.application.provisioning.port.out.ClientPlacement;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * A plan's pool with its servers' load, read after locking the pool's server rows ({@code SELECT
 * ... FOR UPDATE}, in id order so that two placements never deadlock on them): within the caller's
 * transaction no other placement can count or fill those servers until it commits.
 */
public final class R2dbcClientPlacement implements ClientPlacement {

  private static final String POOL_SERVERS =
      "SELECT si.server_id FROM server_plan_inbounds spi"
          + " JOIN server_inbounds si ON si.id = spi.server_inbound_id"
          + " WHERE spi.server_plan_id = :plan";
  private static final String LOCK =
      "SELECT id FROM servers WHERE id IN (" + POOL_SERVERS + ") ORDER BY id FOR UPDATE";
  private static final String CANDIDATES =
      "SELECT si.id AS inbound_id, s.id AS server_id, s.capacity, si.protocol, si.settings,"
          + " (SELECT COUNT(*) FROM server_clients sc"
          + " WHERE sc.server_id = s.id AND sc.status <> 'DELETED') AS clients"
          + " FROM server_plan_inbounds spi"
          + " JOIN server_inbounds si ON si.id = spi.server_inbound_id"
          + " JOIN servers s ON s.id = si.server_id"
          + " JOIN server_plans p ON p.id = spi.server_plan_id"
          + " WHERE spi.server_plan_id = :plan AND s.is_active = TRUE AND si.is_enabled = TRUE"
          + " AND si.protocol = p.protocol"
          + " ORDER BY si.id";
  private static final Pattern METHOD = Pattern.compile("\"method\"\\s*:\\s*\"([^\"]+)\"");

  private final DatabaseClient db;

  public R2dbcClientPlacement(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<List<InboundCandidate>> lockCandidates(PlanId planId) {
    return db.sql(LOCK)
        .bind("plan", planId.value())
        .map(row -> row.get("id", Long.class))
        .all()
        .then(
            db.sql(CANDIDATES)
                .bind("plan", planId.value())
                .map(R2dbcClientPlacement::candidate)
                .all()
                .collectList());
  }

  private static InboundCandidate candidate(Readable row) {
    String method = null;
    if ("shadowsocks".equals(row.get("protocol", String.class))
        && row.get("settings", Object.class) instanceof String settings) {
      Matcher matcher = METHOD.matcher(settings);
      method = matcher.find() ? matcher.group(1) : null;
    }
    return new InboundCandidate(
        new InboundId(row.get("inbound_id", Long.class)),
        new ServerId(row.get("server_id", Long.class)),
        row.get("capacity", Integer.class),
        row.get("clients", Long.class).intValue(),
        method);
  }
}
