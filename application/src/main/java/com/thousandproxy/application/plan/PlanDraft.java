package com.thousandproxy.application.plan;

import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.BrandId;
import com.thousandproxy.domain.catalog.CategoryId;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.catalog.ServerPlan;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.server.InboundId;
import java.util.Set;

/**
 * The fields of a {@link ServerPlan} before it has an id, as an admin sends them ({@code protocol}
 * may still be unknown) or as a row is read before its pool. {@link #withId} applies the plan's
 * rules.
 *
 * @param protocol {@code null} until taken from the pool's inbounds
 */
public record PlanDraft(
    String name,
    String description,
    Money price,
    int durationDays,
    int maxConnections,
    BandwidthLimit bandwidthLimit,
    Protocol protocol,
    CategoryId categoryId,
    BrandId brandId,
    Set<InboundId> inboundPool,
    boolean active) {

  public PlanDraft {
    inboundPool = Set.copyOf(inboundPool);
  }

  public ServerPlan withId(PlanId id) {
    return new ServerPlan(
        id,
        name,
        description,
        price,
        durationDays,
        maxConnections,
        bandwidthLimit,
        protocol,
        categoryId,
        brandId,
        inboundPool,
        active);
  }

  public PlanDraft withProtocol(Protocol value) {
    return new PlanDraft(
        name,
        description,
        price,
        durationDays,
        maxConnections,
        bandwidthLimit,
        value,
        categoryId,
        brandId,
        inboundPool,
        active);
  }

  public PlanDraft withPool(Set<InboundId> pool) {
    return new PlanDraft(
        name,
        description,
        price,
        durationDays,
        maxConnections,
        bandwidthLimit,
        protocol,
        categoryId,
        brandId,
        pool,
        active);
  }
}
