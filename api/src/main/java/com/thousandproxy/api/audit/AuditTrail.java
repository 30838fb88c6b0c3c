package com.thousandproxy.api.audit;

import com.thousandproxy.api.security.CallerAuthentication;
import com.thousandproxy.api.security.SecurityEvents;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link AuditLog} every feature gets: the event goes to the table, then as one JSON line to
 * the {@code audit} log channel (and, for failed logins, token reuse and forged webhooks, to the
 * {@code security} channel). A failing table write is logged and does not fail the action being
 * audited; the lines are written either way. What a user did through an API key is recorded as the
 * key's: the request's authentication decides, see {@link CallerAuthentication#attribute}.
 */
final class AuditTrail implements AuditLog {

  private static final Logger audit = LoggerFactory.getLogger("audit");
  private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

  private final AuditLog table;
  private final JsonMapper json;
  private final SecurityEvents security;

  AuditTrail(AuditLog table, JsonMapper json, SecurityEvents security) {
    this.table = table;
    this.json = json;
    this.security = security;
  }

  @Override
  public Mono<Void> record(AuditEvent event) {
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(SecurityContext::getAuthentication)
        .ofType(CallerAuthentication.class)
        .map(caller -> caller.attribute(event))
        .defaultIfEmpty(event)
        .flatMap(this::store);
  }

  private Mono<Void> store(AuditEvent event) {
    return table
        .record(event)
        .thenReturn(true)
        .onErrorResume(
            error -> {
              log.error(
                  "Audit event {} not stored: {}",
                  event.action(),
                  error.getClass().getSimpleName());
              return Mono.just(false);
            })
        .doOnNext(
            stored -> {
              audit.info(line(event, stored));
              security.audited(event);
            })
        .then();
  }

  private String line(AuditEvent event, boolean stored) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("at", event.occurredAt().toString());
    line.put("action", event.action());
    line.put("actorType", event.actor().type().name());
    line.put("actorUserId", event.actor().userId() == null ? null : event.actor().userId().value());
    line.put("targetType", event.targetType());
    line.put("targetId", event.targetId());
    line.put("ip", event.ipAddress());
    line.put("details", event.details());
    line.put("stored", stored);
    return json.writeValueAsString(line);
  }
}
