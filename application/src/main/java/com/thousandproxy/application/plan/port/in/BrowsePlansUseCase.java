package com.thousandproxy.application.plan.port.in;

import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.ServerPlan;
import reactor.core.publisher.Mono;

/** Admin reads of every plan, active or not; an unknown plan signals not found. */
public interface BrowsePlansUseCase {

  Mono<Page<ServerPlan>> plans(PageRequest page);

  Mono<ServerPlan> plan(PlanId id);
}
