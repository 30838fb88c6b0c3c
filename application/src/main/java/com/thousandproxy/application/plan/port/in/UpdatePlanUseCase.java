package com.thousandproxy.application.plan.port.in;

import com.thousandproxy.application.plan.PlanCommand;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.ServerPlan;
import reactor.core.publisher.Mono;

/** Replaces a plan's fields and pool, by the same rules as creating one. */
public interface UpdatePlanUseCase {

  Mono<ServerPlan> update(PlanId id, PlanCommand command);
}
