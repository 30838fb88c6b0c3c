package com.thousandproxy.adapters.persistence.catalog;

import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.catalog.port.out.CatalogReader;
import com.thousandproxy.application.shared.Page;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.mapstruct.factory.Mappers;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the public catalog with plain SQL. A page of plans takes three queries whatever its size:
 * the count, the page joined with category and brand, and the pools of all plans on the page.
 */
public final class R2dbcCatalogReader implements CatalogReader {

  private static final String PLAN_COLUMNS =
      "SELECT p.id, p.name, p.description, p.price, p.currency, p.duration_days,"
          + " p.max_connections, p.bandwidth_limit_gb, p.protocol,"
          + " c.id AS category_id, c.name AS category_name, c.slug AS category_slug,"
          + " b.id AS brand_id, b.name AS brand_name, b.slug AS brand_slug"
          + " FROM server_plans p"
          + " JOIN server_categories c ON c.id = p.category_id"
          + " JOIN server_brands b ON b.id = p.brand_id";

  private static final String POOLS =
      "SELECT spi.server_plan_id AS plan_id, s.id AS server_id, s.location, s.capacity,"
          + " (SELECT COUNT(*) FROM server_clients sc"
          + " WHERE sc.server_id = s.id AND sc.status <> 'DELETED') AS clients"
          + " FROM "
          + PlanFilter.POOL_JOIN
          + " WHERE spi.server_plan_id IN (:planIds)";

  private final DatabaseClient db;
  private final CatalogRowMapper mapper = Mappers.getMapper(CatalogRowMapper.class);

  public R2dbcCatalogReader(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Flux<CategoryView> categories() {
    return db.sql("SELECT id, name, slug FROM server_categories ORDER BY sort_order, name, id")
        .mapProperties(CategoryRow.class)
        .all()
        .map(mapper::toView);
  }

  @Override
  public Flux<BrandView> brands() {
    return db.sql("SELECT id, name, slug FROM server_brands ORDER BY sort_order, name, id")
        .mapProperties(BrandRow.class)
        .all()
        .map(mapper::toView);
  }

  @Override
  public Mono<Page<PlanView>> plans(PlanQuery query) {
    PlanFilter filter = PlanFilter.of(query);
    Mono<Long> total =
        bind(db.sql("SELECT COUNT(*) FROM server_plans p WHERE " + filter.where()), filter.binds())
            .map(row -> row.get(0, Long.class))
            .one();
    Mono<List<PlanView>> items =
        bind(
                db.sql(
                    PLAN_COLUMNS
                        + " WHERE "
                        + filter.where()
                        + " ORDER BY "
                        + filter.orderBy()
                        + " LIMIT :limit OFFSET :offset"),
                filter.binds())
            .bind("limit", query.page().size())
            .bind("offset", query.page().offset())
            .mapProperties(PlanRow.class)
            .all()
            .collectList()
            .flatMap(this::withPools);
    return Mono.zip(items, total)
        .map(t -> new Page<>(t.getT1(), query.page().page(), query.page().size(), t.getT2()));
  }

  @Override
  public Mono<PlanView> plan(long id) {
    PlanFilter filter = PlanFilter.byId(id);
    return bind(db.sql(PLAN_COLUMNS + " WHERE " + filter.where()), filter.binds())
        .mapProperties(PlanRow.class)
        .all()
        .collectList()
        .flatMap(this::withPools)
        .flatMap(views -> Mono.justOrEmpty(views.stream().findFirst()));
  }

  private Mono<List<PlanView>> withPools(List<PlanRow> rows) {
    if (rows.isEmpty()) {
      return Mono.just(List.of());
    }
    return pools(rows.stream().map(PlanRow::id).toList())
        .map(
            pools ->
                rows.stream()
                    .map(row -> mapper.toView(row, pools.getOrDefault(row.id(), PlanPool.EMPTY)))
                    .toList());
  }

  private Mono<Map<Long, PlanPool>> pools(Collection<Long> planIds) {
    return db.sql(POOLS)
        .bind("planIds", planIds)
        .mapProperties(PoolServerRow.class)
        .all()
        .collectList()
        .map(PlanPool::byPlan);
  }

  private static GenericExecuteSpec bind(GenericExecuteSpec spec, Map<String, Object> binds) {
    GenericExecuteSpec bound = spec;
    for (Map.Entry<String, Object> bind : binds.entrySet()) {
      bound = bound.bind(bind.getKey(), bind.getValue());
    }
    return bound;
  }
}
