package com.thousandproxy.application.audit.service;

import com.thousandproxy.application.audit.AuditEntry;
import com.thousandproxy.application.audit.AuditQuery;
import com.thousandproxy.application.audit.port.in.BrowseAuditLogUseCase;
import com.thousandproxy.application.audit.port.out.AuditLogReader;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import reactor.core.publisher.Mono;

/** Serves the audit trail straight from the store. */
public final class BrowseAuditLogService implements BrowseAuditLogUseCase {

  private final AuditLogReader reader;

  public BrowseAuditLogService(AuditLogReader reader) {
    this.reader = reader;
  }

  @Override
  public Mono<Page<AuditEntry>> browse(AuditQuery query, PageRequest page) {
    return reader.find(query, page);
  }
}
