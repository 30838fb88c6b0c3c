package com.thousandproxy.application.audit.port.out;

import com.thousandproxy.application.audit.AuditEntry;
import com.thousandproxy.application.audit.AuditQuery;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import reactor.core.publisher.Mono;

/** Reads the recorded audit trail, newest first. */
public interface AuditLogReader {

  Mono<Page<AuditEntry>> find(AuditQuery query, PageRequest page);
}
