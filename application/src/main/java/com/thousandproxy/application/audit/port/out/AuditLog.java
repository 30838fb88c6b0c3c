package com.thousandproxy.application.audit.port.out;

import com.thousandproxy.application.audit.AuditEvent;
import reactor.core.publisher.Mono;

/**
 * Where security- and money-relevant facts go: logins, failed logins, revoked token families, role
 * changes, admin actions, wallet adjustments, payment events. Every feature records through this
 * port; an implementation keeps the event durably and on the audit log channel.
 */
public interface AuditLog {

  Mono<Void> record(AuditEvent event);
}
