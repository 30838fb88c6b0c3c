package com.thousandproxy.domain.catalog;

import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.shared.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What a customer buys: a price for a number of days of one protocol, with a connection and traffic
 * limit, served from a pool of panel inbounds; an admin switches it on and off, and only an active
 * plan with a non-empty pool can be bought.
 */
public record ServerPlan(
    PlanId id,
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

  public static final int MAX_DURATION_DAYS = 3650;
  public static final int MAX_CONNECTIONS = 1000;

  public ServerPlan {
    Objects.requireNonNull(id, "id");
    name = Checks.requireNonBlank(name, "name");
    description = description == null ? "" : description.strip();
    Objects.requireNonNull(price, "price");
    if (!price.isPositive()) {
      throw new IllegalArgumentException("price must be positive");
    }
    Checks.requireWithin(durationDays, 1, MAX_DURATION_DAYS, "durationDays");
    Checks.requireWithin(maxConnections, 1, MAX_CONNECTIONS, "maxConnections");
    Objects.requireNonNull(bandwidthLimit, "bandwidthLimit");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(categoryId, "categoryId");
    Objects.requireNonNull(brandId, "brandId");
    inboundPool = Set.copyOf(inboundPool);
  }

  /** Whether a customer may order it now: active, and with somewhere to place the client. */
  public boolean isPurchasable() {
    return active && !inboundPool.isEmpty();
  }

  public Duration duration() {
    return Duration.ofDays(durationDays);
  }

  public ServerPlan activate() {
    return withActive(true);
  }

  public ServerPlan deactivate() {
    return withActive(false);
  }

  private ServerPlan withActive(boolean newActive) {
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
        newActive);
  }
}
