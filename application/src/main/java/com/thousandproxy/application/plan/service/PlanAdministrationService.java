package com.thousandproxy.application.plan.service;

import com.thousandproxy.application.plan.PlanCommand;
import com.thousandproxy.application.plan.PlanDraft;
import com.thousandproxy.application.plan.PlanNotFoundException;
import com.thousandproxy.application.plan.port.in.BrowsePlansUseCase;
import com.thousandproxy.application.plan.port.in.CreatePlanUseCase;
import com.thousandproxy.application.plan.port.in.DeletePlanUseCase;
import com.thousandproxy.application.plan.port.in.UpdatePlanUseCase;
import com.thousandproxy.application.plan.port.out.PlanRepository;
import com.thousandproxy.application.server.AdminActor;
import com.thousandproxy.application.server.InvalidReferencesException;
import com.thousandproxy.application.server.LabelKind;
import com.thousandproxy.application.server.StoredInbound;
import com.thousandproxy.application.server.port.out.CatalogLabelRepository;
import com.thousandproxy.application.server.port.out.InboundRepository;
import com.thousandproxy.application.server.service.CatalogChanges;
import com.thousandproxy.application.server.service.LabelChecks;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.catalog.ServerPlan;
import com.thousandproxy.domain.server.InboundId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

/**
 * Creates, replaces, lists and deletes plans. Category, brand and every inbound of the pool must
 * exist, and the pool must speak one protocol: the plan's.
 */
public final class PlanAdministrationService
    implements CreatePlanUseCase, UpdatePlanUseCase, DeletePlanUseCase, BrowsePlansUseCase {

  private static final PlanId NOT_YET_STORED = new PlanId(Long.MAX_VALUE);

  private final PlanRepository plans;
  private final InboundRepository inbounds;
  private final LabelChecks labels;
  private final Transactions transactions;
  private final CatalogChanges changes;
  private final Clock clock;

  public PlanAdministrationService(
      PlanRepository plans,
      InboundRepository inbounds,
      CatalogLabelRepository labels,
      Transactions transactions,
      CatalogChanges changes,
      Clock clock) {
    this.plans = plans;
    this.inbounds = inbounds;
    this.labels = new LabelChecks(labels);
    this.transactions = transactions;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public Mono<ServerPlan> create(PlanCommand command) {
    return validated(command, NOT_YET_STORED)
        .flatMap(
            plan ->
                transactions.inTransaction(
                    () -> plans.add(command.plan().withProtocol(plan.protocol()), clock.instant())))
        .flatMap(id -> changed(command.actor(), "plan.created", id, command))
        .flatMap(this::plan);
  }

  @Override
  public Mono<ServerPlan> update(PlanId id, PlanCommand command) {
    return plan(id)
        .then(validated(command, id))
        .flatMap(plan -> transactions.inTransaction(() -> plans.update(plan, clock.instant())))
        .flatMap(updated -> changed(command.actor(), "plan.updated", id, command))
        .flatMap(this::plan);
  }

  @Override
  public Mono<Void> delete(PlanId id, AdminActor actor) {
    return transactions
        .inTransaction(() -> plans.delete(id))
        .flatMap(
            deleted ->
                deleted
                    ? changes.changed(actor, "plan.deleted", "PLAN", id.value(), Map.of())
                    : Mono.error(new PlanNotFoundException(id)));
  }

  @Override
  public Mono<Page<ServerPlan>> plans(PageRequest page) {
    return plans.page(page);
  }

  @Override
  public Mono<ServerPlan> plan(PlanId id) {
    return plans.findById(id).switchIfEmpty(Mono.error(() -> new PlanNotFoundException(id)));
  }

  /**
   * The plan the command describes, checked against the store and the domain's rules, with the
   * given id (a placeholder when creating: the store assigns the real one).
   */
  private Mono<ServerPlan> validated(PlanCommand command, PlanId id) {
    var errors = new InvalidReferencesException.Collector();
    PlanDraft draft = command.plan();
    return labels
        .check(errors, LabelKind.CATEGORY, draft.categoryId().value())
        .then(labels.check(errors, LabelKind.BRAND, draft.brandId().value()))
        .then(inbounds.findAllById(draft.inboundPool()).collectList())
        .map(
            pool -> {
              Protocol protocol = poolProtocol(draft, pool, errors);
              errors.throwIfAny();
              return draft.withProtocol(protocol).withId(id);
            });
  }

  private static Protocol poolProtocol(
      PlanDraft draft, List<StoredInbound> pool, InvalidReferencesException.Collector errors) {
    Set<Long> found = pool.stream().map(i -> i.inbound().id().value()).collect(Collectors.toSet());
    Set<Long> unknown = new TreeSet<>();
    draft.inboundPool().stream()
        .map(InboundId::value)
        .filter(id -> !found.contains(id))
        .forEach(unknown::add);
    if (!unknown.isEmpty()) {
      errors.reject("inboundIds", "no inbound has the id(s) " + unknown);
    }
    Set<Protocol> spoken =
        pool.stream().map(i -> i.inbound().protocol()).collect(Collectors.toSet());
    Protocol protocol = draft.protocol();
    if (protocol == null && spoken.size() == 1) {
      return spoken.iterator().next();
    }
    if (protocol == null) {
      errors.reject(
          spoken.isEmpty() ? "protocol" : "inboundIds",
          spoken.isEmpty()
              ? "is required when the pool is empty"
              : "must all speak one protocol, found " + names(spoken));
      return null;
    }
    if (spoken.stream().anyMatch(p -> p != protocol)) {
      errors.reject("inboundIds", "must all speak " + protocol.wireName());
    }
    return protocol;
  }

  private static String names(Set<Protocol> protocols) {
    return protocols.stream().map(Protocol::wireName).sorted().collect(Collectors.joining(", "));
  }

  private Mono<PlanId> changed(AdminActor actor, String action, PlanId id, PlanCommand command) {
    return changes
        .changed(actor, action, "PLAN", id.value(), Map.of("name", command.plan().name()))
        .thenReturn(id);
  }
}
