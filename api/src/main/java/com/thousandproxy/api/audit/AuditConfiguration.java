package com.thousandproxy.api.audit;

import com.thousandproxy.adapters.persistence.audit.R2dbcAuditLog;
import com.thousandproxy.api.security.SecurityEvents;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.audit.service.BrowseAuditLogService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail: table plus JSON-lines channel for writers, the table for readers. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

  @Bean
  R2dbcAuditLog auditLogTable(DatabaseClient db) {
    return new R2dbcAuditLog(db);
  }

  @Bean
  @Primary
  AuditLog auditLog(
      R2dbcAuditLog auditLogTable, JsonMapper jsonMapper, SecurityEvents securityEvents) {
    return new AuditTrail(auditLogTable, jsonMapper, securityEvents);
  }

  @Bean
  BrowseAuditLogService browseAuditLogService(R2dbcAuditLog auditLogTable) {
    return new BrowseAuditLogService(auditLogTable);
  }
}
