package com.thousandproxy.application.plan.port.in;

import com.thousandproxy.application.server.AdminActor;
import com.thousandproxy.domain.catalog.PlanId;
import reactor.core.publisher.Mono;

/** Deletes a plan no order or client refers to (deactivate it otherwise). */
public interface DeletePlanUseCase {

  Mono<Void> delete(PlanId id, AdminActor actor);
}
