package com.thousandproxy.application.audit;

/** A recorded {@link AuditEvent} with the id the store gave it. */
public record AuditEntry(long id, AuditEvent event) {}
