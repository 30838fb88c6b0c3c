package com.thousandproxy.application.plan;

import com.thousandproxy.application.server.AdminActor;
import java.util.Objects;

/**
 * Creates a plan or replaces one. The draft's protocol may be left out: it is then the one every
 * inbound of the pool speaks.
 */
public record PlanCommand(PlanDraft plan, AdminActor actor) {

  public PlanCommand {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(actor, "actor");
  }
}
