package com.thousandproxy.application.plan.port.out;

import com.thousandproxy.application.plan.PlanDraft;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.ServerPlan;
import java.time.Instant;
import reactor.core.publisher.Mono;

/** Keeps plans with their inbound pools, active or not. Run writes in a transaction. */
public interface PlanRepository {

  Mono<PlanId> add(PlanDraft plan, Instant at);

  /** The plan, active or not, or empty. */
  Mono<ServerPlan> findById(PlanId id);

  /** All plans by id. */
  Mono<Page<ServerPlan>> page(PageRequest page);

  /** Replaces the plan and its pool; false when there is no such plan. */
  Mono<Boolean> update(ServerPlan plan, Instant at);

  /**
   * False when there was no such plan; signals {@link
   * com.thousandproxy.application.server.StillReferencedException} while orders or clients refer to
   * it.
   */
  Mono<Boolean> delete(PlanId id);
}
