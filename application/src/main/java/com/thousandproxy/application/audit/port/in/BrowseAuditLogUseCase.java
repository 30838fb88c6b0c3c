package com.thousandproxy.application.audit.port.in;

import com.thousandproxy.application.audit.AuditEntry;
import com.thousandproxy.application.audit.AuditQuery;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import reactor.core.publisher.Mono;

/** Admins read the audit trail, filtered by actor and action. */
public interface BrowseAuditLogUseCase {

  Mono<Page<AuditEntry>> browse(AuditQuery query, PageRequest page);
}
