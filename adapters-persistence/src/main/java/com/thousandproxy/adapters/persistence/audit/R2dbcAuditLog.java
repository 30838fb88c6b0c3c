package com.thousandproxy.adapters.persistence.audit;

import com.thousandproxy.adapters.persistence.support.UtcConverters;
import com.thousandproxy.application.audit.ActorType;
import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEntry;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.AuditQuery;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.audit.port.out.AuditLogReader;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.user.UserId;
import io.r2dbc.spi.Readable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail in the {@code audit_log} table, details as a JSON object of strings. */
public final class R2dbcAuditLog implements AuditLog, AuditLogReader {

  private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

  private final DatabaseClient db;
  private final JsonMapper json = JsonMapper.builder().build();

  public R2dbcAuditLog(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<Void> record(AuditEvent event) {
    GenericExecuteSpec spec =
        db.sql(
                "INSERT INTO audit_log (actor_user_id, actor_type, action, target_type, target_id,"
                    + " details, ip_address, created_at) VALUES (:actor, :actorType, :action,"
                    + " :targetType, :targetId, :details, :ip, :at)")
            .bind("actorType", event.actor().type().name())
            .bind("action", event.action())
            .bind("at", UtcConverters.InstantToLocalDateTime.INSTANCE.convert(event.occurredAt()));
    spec =
        bindNullable(
            spec,
            "actor",
            event.actor().userId() == null ? null : event.actor().userId().value(),
            Long.class);
    spec = bindNullable(spec, "targetType", event.targetType(), String.class);
    spec = bindNullable(spec, "targetId", event.targetId(), String.class);
    spec =
        bindNullable(
            spec,
            "details",
            event.details().isEmpty() ? null : json.writeValueAsString(event.details()),
            String.class);
    spec = bindNullable(spec, "ip", event.ipAddress(), String.class);
    return spec.then();
  }

  @Override
  public Mono<Page<AuditEntry>> find(AuditQuery query, PageRequest page) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> binds = new LinkedHashMap<>();
    if (query.actorUserId() != null) {
      conditions.add("actor_user_id = :actor");
      binds.put("actor", query.actorUserId().value());
    }
    if (query.action() != null) {
      conditions.add("action = :action");
      binds.put("action", query.action());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    Mono<Long> total =
        bindAll(db.sql("SELECT COUNT(*) AS n FROM audit_log" + where), binds)
            .map(row -> row.get("n", Long.class))
            .one();
    Mono<List<AuditEntry>> items =
        bindAll(
                db.sql(
                    "SELECT id, actor_user_id, actor_type, action, target_type, target_id, details,"
                        + " ip_address, created_at FROM audit_log"
                        + where
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset"),
                binds)
            .bind("limit", page.size())
            .bind("offset", page.offset())
            .map(this::entry)
            .all()
            .collectList();
    return Mono.zip(
        items, total, (list, count) -> new Page<>(list, page.page(), page.size(), count));
  }

  private AuditEntry entry(Readable row) {
    Long actorId = row.get("actor_user_id", Long.class);
    ActorType type = ActorType.valueOf(row.get("actor_type", String.class));
    String details = row.get("details", String.class);
    AuditEvent event =
        new AuditEvent(
            new AuditActor(type, actorId == null ? null : new UserId(actorId)),
            row.get("action", String.class),
            row.get("target_type", String.class),
            row.get("target_id", String.class),
            details == null ? Map.of() : json.readValue(details, DETAILS),
            row.get("ip_address", String.class),
            UtcConverters.LocalDateTimeToInstant.INSTANCE.convert(
                row.get("created_at", LocalDateTime.class)));
    return new AuditEntry(row.get("id", Long.class), event);
  }

  private static <T> GenericExecuteSpec bindNullable(
      GenericExecuteSpec spec, String name, T value, Class<T> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }

  private static GenericExecuteSpec bindAll(GenericExecuteSpec spec, Map<String, Object> binds) {
    for (Map.Entry<String, Object> bind : binds.entrySet()) {
      spec = spec.bind(bind.getKey(), bind.getValue());
    }
    return spec;
  }
}
