package com.thousandproxy.api.audit;

import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.api.web.PageResponse;
import com.thousandproxy.api.web.QueryParameters;
import com.thousandproxy.application.audit.AuditQuery;
import com.thousandproxy.application.audit.port.in.BrowseAuditLogUseCase;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The audit trail for admins, newest first. */
@RestController
@Tag(name = "Admin: audit")
public class AuditLogController {

  private final BrowseAuditLogUseCase auditLog;

  public AuditLogController(BrowseAuditLogUseCase auditLog) {
    this.auditLog = auditLog;
  }

  @GetMapping("/api/v1/admin/audit-log")
  @Operation(
      summary = "Audit trail, newest first",
      description = "Filters: actor (user id), action (e.g. auth.login_failed); paging: page, size")
  public Mono<ApiResponse<PageResponse<AuditEntryResponse>>> browse(
      @RequestParam Map<String, String> params) {
    return Mono.fromCallable(() -> parse(params))
        .flatMap(request -> auditLog.browse(request.query(), request.page()))
        .map(page -> ApiResponse.ok(PageResponse.from(page, AuditEntryResponse::from)));
  }

  private record Request(AuditQuery query, PageRequest page) {}

  private static Request parse(Map<String, String> params) {
    QueryParameters query = new QueryParameters(params);
    Long actor = query.positiveLong("actor");
    String action = query.text("action");
    PageRequest page = query.pageRequest();
    if (query.hasErrors()) {
      throw new InvalidRequestException(query.errors());
    }
    return new Request(new AuditQuery(actor == null ? null : new UserId(actor), action), page);
  }
}
