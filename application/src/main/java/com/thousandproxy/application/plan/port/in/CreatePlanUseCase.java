package com.thousandproxy.application.plan.port.in;

import com.thousandproxy.application.plan.PlanCommand;
import com.thousandproxy.domain.catalog.ServerPlan;
import reactor.core.publisher.Mono;

/** Creates a plan on a pool of existing inbounds that all speak its protocol. */
public interface CreatePlanUseCase {

  Mono<ServerPlan> create(PlanCommand command);
}
