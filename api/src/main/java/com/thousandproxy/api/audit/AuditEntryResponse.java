package com.thousandproxy.api.audit;

import com.thousandproxy.application.audit.AuditEntry;
import java.time.Instant;
import java.util.Map;

/** One audit trail entry as admins read it. */
public record AuditEntryResponse(
    long id,
    String action,
    String actorType,
    Long actorUserId,
    String targetType,
    String targetId,
    Map<String, String> details,
    String ipAddress,
    Instant createdAt) {

  static AuditEntryResponse from(AuditEntry entry) {
    var event = entry.event();
    return new AuditEntryResponse(
        entry.id(),
        event.action(),
        event.actor().type().name(),
        event.actor().userId() == null ? null : event.actor().userId().value(),
        event.targetType(),
        event.targetId(),
        event.details(),
        event.ipAddress(),
        event.occurredAt());
  }
}
