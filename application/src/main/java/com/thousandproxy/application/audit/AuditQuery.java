package com.thousandproxy.application.audit;

import com.thousandproxy.domain.user.UserId;

/** Filters of the audit listing; null means "any". Newest entries come first. */
public record AuditQuery(UserId actorUserId, String action) {

  public static final AuditQuery ALL = new AuditQuery(null, null);
}
