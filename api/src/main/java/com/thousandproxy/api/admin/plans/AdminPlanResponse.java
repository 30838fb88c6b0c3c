package com.thousandproxy.api.admin.plans;

import com.thousandproxy.api.web.MoneyResponse;
import com.thousandproxy.domain.catalog.ServerPlan;
import com.thousandproxy.domain.server.InboundId;
import java.util.List;

/** A plan as admins read it, active or not, with the ids of its inbound pool. */
public record AdminPlanResponse(
    long id,
    String name,
    String description,
    MoneyResponse price,
    int durationDays,
    int maxConnections,
    Long bandwidthLimitGb,
    String protocol,
    long categoryId,
    long brandId,
    List<Long> inboundIds,
    boolean active) {

  static AdminPlanResponse from(ServerPlan plan) {
    var gigabytes = plan.bandwidthLimit().gigabytes();
    return new AdminPlanResponse(
        plan.id().value(),
        plan.name(),
        plan.description(),
        MoneyResponse.from(plan.price()),
        plan.durationDays(),
        plan.maxConnections(),
        gigabytes.isPresent() ? gigabytes.getAsLong() : null,
        plan.protocol().wireName(),
        plan.categoryId().value(),
        plan.brandId().value(),
        plan.inboundPool().stream().map(InboundId::value).sorted().toList(),
        plan.active());
  }
}
