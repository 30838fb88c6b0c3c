package com.thousandproxy.adapters.persistence.catalog;

import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanSortField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WHERE and ORDER BY of a plan listing, over {@code server_plans p}. Values are always bound,
 * never concatenated; only fixed column names from {@link PlanSortField} enter the SQL text.
 */
record PlanFilter(String where, Map<String, Object> binds, String orderBy) {

  /** An enabled inbound of plan {@code p}'s pool on an active server {@code s}. */
  static final String POOL_JOIN =
      "server_plan_inbounds spi"
          + " JOIN server_inbounds i ON i.id = spi.server_inbound_id AND i.is_enabled = TRUE"
          + " JOIN servers s ON s.id = i.server_id AND s.is_active = TRUE";

  PlanFilter {
    binds = Map.copyOf(binds);
  }

  static PlanFilter of(PlanQuery query) {
    List<String> conditions = new ArrayList<>(List.of("p.is_active = TRUE"));
    Map<String, Object> binds = new LinkedHashMap<>();
    if (query.categoryId() != null) {
      conditions.add("p.category_id = :categoryId");
      binds.put("categoryId", query.categoryId());
    }
    if (query.brandId() != null) {
      conditions.add("p.brand_id = :brandId");
      binds.put("brandId", query.brandId());
    }
    if (query.protocol() != null) {
      conditions.add("p.protocol = :protocol");
      binds.put("protocol", query.protocol().wireName());
    }
    if (query.minPrice() != null) {
      conditions.add("p.price >= :minPrice");
      binds.put("minPrice", query.minPrice());
    }
    if (query.maxPrice() != null) {
      conditions.add("p.price <= :maxPrice");
      binds.put("maxPrice", query.maxPrice());
    }
    if (query.location() != null) {
      conditions.add(
          "EXISTS (SELECT 1 FROM "
              + POOL_JOIN
              + " WHERE spi.server_plan_id = p.id AND s.location = :location)");
      binds.put("location", query.location().trim().toUpperCase(Locale.ROOT));
    }
    String direction = query.sortDirection().name();
    String orderBy = column(query.sortField()) + " " + direction + ", p.id " + direction;
    return new PlanFilter(String.join(" AND ", conditions), binds, orderBy);
  }

  /** Only the active plan with this id. */
  static PlanFilter byId(long id) {
    return new PlanFilter("p.is_active = TRUE AND p.id = :id", Map.of("id", id), "p.id ASC");
  }

  private static String column(PlanSortField field) {
    return switch (field) {
      case PRICE -> "p.price";
      case NAME -> "p.name";
      case DURATION_DAYS -> "p.duration_days";
      case CREATED_AT -> "p.created_at";
    };
  }
}
