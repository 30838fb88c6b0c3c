package com.thousandproxy.application.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One security- or money-relevant fact worth keeping: who did what to which thing, from where.
 * Details are plain strings and must never hold a password, token, key or panel secret.
 *
 * @param action a dotted lower-case name such as {@code auth.login_failed} or {@code
 *     wallet.adjusted}
 * @param targetType the kind of thing acted on ({@code USER}, {@code ORDER}...), or null
 * @param ipAddress the client's address as the trusted-proxy rules resolved it, or null
 */
public record AuditEvent(
    AuditActor actor,
    String action,
    String targetType,
    String targetId,
    Map<String, String> details,
    String ipAddress,
    Instant occurredAt) {

  private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");

  public AuditEvent {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    if (action.length() > 64 || !ACTION.matcher(action).matches()) {
      throw new IllegalArgumentException("action must look like area.verb, was " + action);
    }
    details = details == null ? Map.of() : Map.copyOf(details);
    Objects.requireNonNull(occurredAt, "occurredAt");
  }

  /** Starts an event; add the target, details and address with the withers. */
  public static AuditEvent of(AuditActor actor, String action, Instant occurredAt) {
    return new AuditEvent(actor, action, null, null, Map.of(), null, occurredAt);
  }

  public AuditEvent target(String type, Object id) {
    return new AuditEvent(
        actor,
        action,
        type,
        id == null ? null : String.valueOf(id),
        details,
        ipAddress,
        occurredAt);
  }

  public AuditEvent details(Map<String, String> newDetails) {
    return new AuditEvent(actor, action, targetType, targetId, newDetails, ipAddress, occurredAt);
  }

  public AuditEvent from(String ip) {
    return new AuditEvent(actor, action, targetType, targetId, details, ip, occurredAt);
  }
}
