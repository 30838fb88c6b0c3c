package com.thousandproxy.adapters.persistence.plan;

import com.thousandproxy.adapters.persistence.support.UtcConverters;
import com.thousandproxy.application.plan.PlanDraft;
import com.thousandproxy.application.plan.port.out.PlanRepository;
import com.thousandproxy.application.server.StillReferencedException;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.BrandId;
import com.thousandproxy.domain.catalog.CategoryId;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.catalog.ServerPlan;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.server.InboundId;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Plans in {@code server_plans} with their pools in {@code server_plan_inbounds}; an update
 * rewrites the pool. Reads take two queries whatever the page size: the plans, then their pools.
 */
public final class R2dbcPlanRepository implements PlanRepository {

  private static final String COLUMNS =
      "SELECT id, name, description, price, currency, duration_days, max_connections,"
          + " bandwidth_limit_gb, protocol, category_id, brand_id, is_active FROM server_plans";

  /** Binds a draft's fields; the insert ignores the id. */
  private static final PlanId UNSTORED = new PlanId(Long.MAX_VALUE);

  private final DatabaseClient db;

  public R2dbcPlanRepository(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<PlanId> add(PlanDraft plan, Instant at) {
    GenericExecuteSpec insert =
        db.sql(
            "INSERT INTO server_plans (name, description, price, currency, duration_days,"
                + " max_connections, bandwidth_limit_gb, protocol, category_id, brand_id,"
                + " is_active, sort_order, created_at, updated_at) VALUES (:name, :description,"
                + " :price, :currency, :durationDays, :maxConnections, :bandwidth, :protocol,"
                + " :categoryId, :brandId, :active, 0, :now, :now)");
    return bind(insert, plan.withId(UNSTORED), at)
        .filter(statement -> statement.returnGeneratedValues("id"))
        .map(row -> new PlanId(row.get("id", Long.class)))
        .one()
        .flatMap(id -> writePool(id, plan.inboundPool()).thenReturn(id));
  }

  @Override
  public Mono<ServerPlan> findById(PlanId id) {
    return db.sql(COLUMNS + " WHERE id = :id")
        .bind("id", id.value())
        .map(PlanRow::of)
        .all()
        .collectList()
        .flatMap(this::withPools)
        .flatMap(plans -> Mono.justOrEmpty(plans.stream().findFirst()));
  }

  @Override
  public Mono<Page<ServerPlan>> page(PageRequest page) {
    Mono<Long> total =
        db.sql("SELECT COUNT(*) AS n FROM server_plans").map(row -> row.get("n", Long.class)).one();
    return db.sql(COLUMNS + " ORDER BY id LIMIT :limit OFFSET :offset")
        .bind("limit", page.size())
        .bind("offset", page.offset())
        .map(PlanRow::of)
        .all()
        .collectList()
        .flatMap(this::withPools)
        .zipWith(total, (items, count) -> new Page<>(items, page.page(), page.size(), count));
  }

  @Override
  public Mono<Boolean> update(ServerPlan plan, Instant at) {
    GenericExecuteSpec update =
        db.sql(
            "UPDATE server_plans SET name = :name, description = :description, price = :price,"
                + " currency = :currency, duration_days = :durationDays,"
                + " max_connections = :maxConnections, bandwidth_limit_gb = :bandwidth,"
                + " protocol = :protocol, category_id = :categoryId, brand_id = :brandId,"
                + " is_active = :active, updated_at = :now WHERE id = :id");
    return bind(update, plan, at)
        .bind("id", plan.id().value())
        .fetch()
        .rowsUpdated()
        .flatMap(
            rows ->
                rows == 0
                    ? Mono.just(false)
                    : db.sql("DELETE FROM server_plan_inbounds WHERE server_plan_id = :id")
                        .bind("id", plan.id().value())
                        .fetch()
                        .rowsUpdated()
                        .then(writePool(plan.id(), plan.inboundPool()))
                        .thenReturn(true));
  }

  @Override
  public Mono<Boolean> delete(PlanId id) {
    return db.sql("DELETE FROM server_plans WHERE id = :id")
        .bind("id", id.value())
        .fetch()
        .rowsUpdated()
        .map(rows -> rows > 0)
        .onErrorMap(
            DataIntegrityViolationException.class,
            e -> new StillReferencedException("plan " + id.value()));
  }

  private Mono<Void> writePool(PlanId id, Set<InboundId> pool) {
    return Flux.fromIterable(pool)
        .concatMap(
            inbound ->
                db.sql(
                        "INSERT INTO server_plan_inbounds (server_plan_id, server_inbound_id)"
                            + " VALUES (:plan, :inbound)")
                    .bind("plan", id.value())
                    .bind("inbound", inbound.value())
                    .fetch()
                    .rowsUpdated())
        .then();
  }

  private GenericExecuteSpec bind(GenericExecuteSpec spec, ServerPlan plan, Instant at) {
    LocalDateTime now = UtcConverters.InstantToLocalDateTime.INSTANCE.convert(at);
    GenericExecuteSpec bound =
        spec.bind("name", plan.name())
            .bind("description", plan.description())
            .bind("price", plan.price().amount())
            .bind("currency", plan.price().currency().getCurrencyCode())
            .bind("durationDays", plan.durationDays())
            .bind("maxConnections", plan.maxConnections())
            .bind("protocol", plan.protocol().wireName())
            .bind("categoryId", plan.categoryId().value())
            .bind("brandId", plan.brandId().value())
            .bind("active", plan.active())
            .bind("now", now);
    var gigabytes = plan.bandwidthLimit().gigabytes();
    return gigabytes.isPresent()
        ? bound.bind("bandwidth", gigabytes.getAsLong())
        : bound.bindNull("bandwidth", Long.class);
  }

  private Mono<List<ServerPlan>> withPools(List<PlanRow> rows) {
    if (rows.isEmpty()) {
      return Mono.just(List.of());
    }
    return pools(rows.stream().map(PlanRow::id).toList())
        .map(
            pools ->
                rows.stream()
                    .map(row -> row.toPlan(pools.getOrDefault(row.id(), Set.of())))
                    .toList());
  }

  private Mono<Map<Long, Set<InboundId>>> pools(Collection<Long> planIds) {
    return db.sql(
            "SELECT server_plan_id, server_inbound_id FROM server_plan_inbounds"
                + " WHERE server_plan_id IN (:ids)")
        .bind("ids", planIds)
        .map(
            row ->
                Map.entry(
                    row.get("server_plan_id", Long.class),
                    new InboundId(row.get("server_inbound_id", Long.class))))
        .all()
        .collect(
            HashMap::new,
            (Map<Long, Set<InboundId>> map, Map.Entry<Long, InboundId> e) ->
                map.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
  }

  /** One row of {@code server_plans}, before its pool is known. */
  private record PlanRow(long id, PlanDraft draft) {

    static PlanRow of(Readable row) {
      Number bandwidth = row.get("bandwidth_limit_gb", Number.class);
      return new PlanRow(
          row.get("id", Long.class),
          new PlanDraft(
              row.get("name", String.class),
              row.get("description", String.class),
              new Money(
                  row.get("price", BigDecimal.class),
                  Currency.getInstance(row.get("currency", String.class).strip())),
              row.get("duration_days", Integer.class),
              row.get("max_connections", Integer.class),
              bandwidth == null
                  ? BandwidthLimit.unlimited()
                  : BandwidthLimit.ofGigabytes(bandwidth.longValue()),
              Protocol.fromWireName(row.get("protocol", String.class)).orElseThrow(),
              new CategoryId(row.get("category_id", Long.class)),
              new BrandId(row.get("brand_id", Long.class)),
              Set.of(),
              Boolean.TRUE.equals(row.get("is_active", Boolean.class))));
    }

    ServerPlan toPlan(Set<InboundId> pool) {
      return draft.withPool(pool).withId(new PlanId(id));
    }
  }
}
